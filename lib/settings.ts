import 'server-only'
import { eq } from 'drizzle-orm'
import { cache } from 'react'
import { db } from '@/db/client'
import { settings, type Settings } from '@/db/schema'

const defaults: Settings = {
  id: 1,
  siteName: 'Insights on Marketing & Technology',
  tagline: '',
  teaserParagraphs: 3,
  dateFormat: 'DD-MM-YYYY',
}

export const getSettings = cache((): Settings => {
  return db.select().from(settings).where(eq(settings.id, 1)).get() ?? defaults
})
