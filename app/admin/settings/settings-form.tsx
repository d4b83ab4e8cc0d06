'use client'

import { ActionForm } from '@/app/_components/action-form'
import { FormField, SelectField } from '@/app/_components/form-field'
import type { Settings } from '@/db/schema'
import { dateFormats } from '@/lib/core/dates'
import { saveSettings } from './actions'

export function SettingsForm({ settings }: { settings: Omit<Settings, 'id'> }) {
  return (
    <ActionForm action={saveSettings} submit="Save settings" className="flex max-w-xl flex-col gap-4">
      {(state) => (
        <>
          <FormField label="Site name" name="siteName" defaultValue={settings.siteName} state={state} />
          <FormField label="Tagline" name="tagline" defaultValue={settings.tagline} state={state} />
          <FormField
            label="Default teaser length (paragraphs)"
            name="teaserParagraphs"
            type="number"
            min={1}
            max={20}
            defaultValue={settings.teaserParagraphs}
            state={state}
            hint="For new articles without a members-only line. An existing article keeps the length it was created with."
          />
          <SelectField label="Date format" name="dateFormat" defaultValue={settings.dateFormat} state={state}>
            {dateFormats.map((format) => (
              <option key={format} value={format}>
                {format}
              </option>
            ))}
          </SelectField>
          <FormField
            label="Gift links per member and month"
            name="giftLinksPerMonth"
            type="number"
            min={0}
            max={100}
            defaultValue={settings.giftLinksPerMonth}
            state={state}
            hint="How many “Give this article” links a member may create in a calendar month. 0 turns gifts off."
          />
        </>
      )}
    </ActionForm>
  )
}
