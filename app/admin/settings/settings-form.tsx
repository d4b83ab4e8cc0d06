'use client'

import { useActionState } from 'react'
import { FormField, SelectField } from '@/app/_components/form-field'
import { SubmitButton } from '@/app/_components/submit-button'
import { useKeptForm } from '@/app/_components/use-kept-form'
import type { Settings } from '@/db/schema'
import { dateFormats } from '@/lib/core/dates'
import { saveSettings } from './actions'

export function SettingsForm({ settings }: { settings: Omit<Settings, 'id'> }) {
  const [state, action] = useActionState(saveSettings, null)
  const { onSubmit, pending } = useKeptForm(action)
  const errors = state?.fieldErrors ?? {}
  return (
    <form action={action} onSubmit={onSubmit} noValidate className="flex max-w-xl flex-col gap-4">
      <p role={state?.ok ? 'status' : 'alert'} className={`font-semibold empty:hidden ${state?.ok ? 'text-green-800' : 'text-brand'}`}>
        {state?.message}
      </p>
      <FormField label="Site name" name="siteName" defaultValue={settings.siteName} errors={errors.siteName} />
      <FormField label="Tagline" name="tagline" defaultValue={settings.tagline} errors={errors.tagline} />
      <FormField
        label="Default teaser length (paragraphs)"
        name="teaserParagraphs"
        type="number"
        min={1}
        max={20}
        defaultValue={settings.teaserParagraphs}
        errors={errors.teaserParagraphs}
        hint="For new articles without a members-only line. An existing article keeps the length it was created with."
      />
      <SelectField label="Date format" name="dateFormat" defaultValue={settings.dateFormat} errors={errors.dateFormat}>
        {dateFormats.map((format) => (
          <option key={format} value={format}>
            {format}
          </option>
        ))}
      </SelectField>
      <div>
        <SubmitButton pending={pending}>Save settings</SubmitButton>
      </div>
    </form>
  )
}
