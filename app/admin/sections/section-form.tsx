'use client'

import { useActionState } from 'react'
import { FormField, SelectField, TextAreaField } from '@/app/_components/form-field'
import { SubmitButton } from '@/app/_components/submit-button'
import { useKeptForm } from '@/app/_components/use-kept-form'
import type { ArticleKind } from '@/db/enums'
import { saveSectionForm } from './actions'

export type EditorSection = { id: number; name: string; slug: string; description: string; kind: ArticleKind; articles: number }

const kindLabels: Record<ArticleKind, string> = {
  article: 'Articles',
  talk: 'Talks (speaker, length, video)',
  seminar: 'Seminars and briefings (time, place, seats)',
  publication: 'Publications and papers (PDF)',
}

/** One section's form; without a section, the form that adds one. */
export function SectionForm({ section }: { section: EditorSection | null }) {
  const [state, action] = useActionState(saveSectionForm, null)
  const { onSubmit, pending } = useKeptForm(action)
  const errors = state?.fieldErrors ?? {}
  return (
    <form
      action={action}
      onSubmit={onSubmit}
      noValidate
      aria-label={section ? `Section ${section.name}` : 'New section'}
      className="flex flex-col gap-3 rounded border border-neutral-300 p-4"
    >
      <input type="hidden" name="id" value={section?.id ?? ''} />
      <p role={state?.ok ? 'status' : 'alert'} className={`font-semibold empty:hidden ${state?.ok ? 'text-green-800' : 'text-brand'}`}>
        {state?.message}
      </p>
      <div className="grid gap-3 md:grid-cols-2">
        <FormField label="Name" name="name" defaultValue={section?.name} errors={errors.name} />
        <FormField label="Address" name="slug" defaultValue={section?.slug} errors={errors.slug} hint="/sections/your-address" />
      </div>
      <TextAreaField label="Description" name="description" rows={2} defaultValue={section?.description} errors={errors.description} />
      <SelectField
        label="Publishes"
        name="kind"
        defaultValue={section?.kind ?? 'article'}
        errors={errors.kind}
        hint={section && section.articles > 0 ? `Holds ${section.articles} ${section.articles === 1 ? 'article' : 'articles'}: what it publishes is fixed.` : undefined}
      >
        {Object.entries(kindLabels).map(([kind, label]) => (
          <option key={kind} value={kind}>
            {label}
          </option>
        ))}
      </SelectField>
      <div>
        <SubmitButton pending={pending}>{section ? 'Save section' : 'Add section'}</SubmitButton>
      </div>
    </form>
  )
}
