import type { Metadata } from 'next'
import { required } from '@/lib/auth/roles'
import { requireRole } from '@/lib/auth/session'
import { getSettings } from '@/lib/core/settings'
import { NewsletterSettingsForm, SettingsForm } from './settings-form'

export const metadata: Metadata = { title: 'Settings' }

export default async function SettingsPage() {
  await requireRole(required.settings, '/admin/settings')
  const { siteName, tagline, teaserParagraphs, dateFormat, giftLinksPerMonth, newsletterFrom, newsletterPerMinute } = getSettings()
  return (
    <>
      <h1 className="mb-6 font-serif text-3xl font-bold">Settings</h1>
      <SettingsForm settings={{ siteName, tagline, teaserParagraphs, dateFormat, giftLinksPerMonth }} />
      <h2 className="mt-10 mb-4 font-serif text-2xl font-bold">Newsletter</h2>
      <NewsletterSettingsForm settings={{ newsletterFrom, newsletterPerMinute }} />
    </>
  )
}
