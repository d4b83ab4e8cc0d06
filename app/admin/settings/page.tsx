import type { Metadata } from 'next'
import { required } from '@/lib/auth/roles'
import { requireRole } from '@/lib/auth/session'
import { getSettings } from '@/lib/core/settings'
import { SettingsForm } from './settings-form'

export const metadata: Metadata = { title: 'Settings' }

export default async function SettingsPage() {
  await requireRole(required.settings, '/admin/settings')
  const { siteName, tagline, teaserParagraphs, dateFormat, giftLinksPerMonth } = getSettings()
  return (
    <>
      <h1 className="mb-6 font-serif text-3xl font-bold">Settings</h1>
      <SettingsForm settings={{ siteName, tagline, teaserParagraphs, dateFormat, giftLinksPerMonth }} />
    </>
  )
}
