import 'server-only'
import { eq } from 'drizzle-orm'
import { cache } from 'react'
import { db, writeTransaction } from '@/db/client'
import { settings, type Settings } from '@/db/schema'
import { recordAudit } from '../desk/audit'
import { assertRole, required } from '../auth/roles'
import type { Viewer } from '../auth/session'

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

export type SettingsInput = Omit<Settings, 'id'>

/** Saves the site settings, with an audit entry naming what changed. */
export function updateSettings(actor: Viewer, input: SettingsInput) {
  assertRole(actor, required.settings)
  writeTransaction((tx) => {
    const before = tx.select().from(settings).where(eq(settings.id, 1)).get() ?? defaults
    const changed = (Object.keys(input) as (keyof SettingsInput)[]).filter((key) => before[key] !== input[key])
    if (changed.length === 0) return
    tx.insert(settings).values({ id: 1, ...input }).onConflictDoUpdate({ target: settings.id, set: input }).run()
    recordAudit(tx, actor, 'settings.changed', 'Site settings', changed.join(', '))
  })
}
