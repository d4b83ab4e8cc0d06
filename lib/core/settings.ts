import 'server-only'
import { eq } from 'drizzle-orm'
import { cache } from 'react'
import { db } from '@/db/client'
import { settings, type Settings } from '@/db/schema'

// The publication's settings (name, tagline, teaser length, date format), read by every part of the site; admins
// change them through lib/desk/settings.ts.

export const defaultSettings: Settings = {
  id: 1,
  siteName: 'Insights on Marketing & Technology',
  tagline: '',
  teaserParagraphs: 3,
  dateFormat: 'DD-MM-YYYY',
  giftLinksPerMonth: 5,
  newsletterFrom: '',
  newsletterPerMinute: 600,
}

export const getSettings = cache((): Settings => {
  return db.select().from(settings).where(eq(settings.id, 1)).get() ?? defaultSettings
})
