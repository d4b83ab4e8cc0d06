'use client'

import { ActionForm } from '@/app/_components/action-form'
import { FormField, SelectField, TextAreaField } from '@/app/_components/form-field'
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
  const held = section?.articles ?? 0
  return (
    <ActionForm
      action={saveSectionForm}
      hiddenFields={{ id: section?.id ?? '' }}
      submit={section ? 'Save section' : 'Add section'}
      aria-label={section ? `Section ${section.name}` : 'New section'}
      className="flex flex-col gap-3 rounded border border-neutral-300 p-4"
    >
      {(state) => (
        <>
          <div className="grid gap-3 md:grid-cols-2">
            <FormField label="Name" name="name" defaultValue={section?.name} state={state} />
            <FormField label="Address" name="slug" defaultValue={section?.slug} state={state} hint="/sections/your-address" />
          </div>
          <TextAreaField label="Description" name="description" rows={2} defaultValue={section?.description} state={state} />
          <SelectField
            label="Publishes"
            name="kind"
            defaultValue={section?.kind ?? 'article'}
            state={state}
            hint={held > 0 ? `Holds ${held} ${held === 1 ? 'article' : 'articles'}: what it publishes is fixed.` : undefined}
          >
            {Object.entries(kindLabels).map(([kind, label]) => (
              <option key={kind} value={kind}>
                {label}
              </option>
            ))}
          </SelectField>
        </>
      )}
    </ActionForm>
  )
}
