'use client'

import { ActionForm } from '@/app/_components/action-form'
import { FormField, SelectField } from '@/app/_components/form-field'
import type { Settings } from '@/db/schema'
import { dateFormats } from '@/lib/core/dates'
import { saveNewsletterSettings, saveSettings } from './actions'

type GeneralSettings = Pick<Settings, 'siteName' | 'tagline' | 'teaserParagraphs' | 'dateFormat' | 'giftLinksPerMonth'>

export function SettingsForm({ settings }: { settings: GeneralSettings }) {
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

export function NewsletterSettingsForm({ settings }: { settings: Pick<Settings, 'newsletterFrom' | 'newsletterPerMinute'> }) {
  return (
    <ActionForm action={saveNewsletterSettings} submit="Save newsletter settings" className="flex max-w-xl flex-col gap-4">
      {(state) => (
        <>
          <FormField
            label="Sender address"
            name="newsletterFrom"
            type="email"
            defaultValue={settings.newsletterFrom}
            state={state}
            hint="The newsletter comes from the publication’s name at this address. Empty: the address of MAIL_FROM."
          />
          <FormField
            label="Mails per minute"
            name="newsletterPerMinute"
            type="number"
            min={1}
            max={60000}
            defaultValue={settings.newsletterPerMinute}
            state={state}
            hint="How fast an issue goes out. Keep it within what your mail provider allows."
          />
        </>
      )}
    </ActionForm>
  )
}
