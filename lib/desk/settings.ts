import 'server-only'
import { eq } from 'drizzle-orm'
import { z } from 'zod'
import { writeTransaction } from '@/db/client'
import { settings } from '@/db/schema'
import { assertRole, required } from '@/lib/auth/roles'
import type { Viewer } from '@/lib/auth/session'
import { dateFormats } from '@/lib/core/dates'
import { defaultSettings } from '@/lib/core/settings'
import { lineText } from '@/lib/core/text'
import { recordAudit } from './audit'

const teaserMessage = 'Enter a whole number from 1 to 20.'
/** How many paragraphs a teaser has when the article has no members-only marker; the editor's preview uses it too. */
export const teaserParagraphsSchema = z.coerce.number(teaserMessage).int(teaserMessage).min(1, teaserMessage).max(20, teaserMessage)

const giftMessage = 'Enter a whole number from 0 to 100.'

export const settingsSchema = z.object({
  siteName: lineText().trim().min(1, 'Enter the publication’s name.').max(100, 'Use at most 100 characters.'),
  tagline: lineText().trim().max(200, 'Use at most 200 characters.'),
  teaserParagraphs: teaserParagraphsSchema,
  dateFormat: z.enum(dateFormats, 'Choose one of the formats.'),
  // Empty is not 0: z.coerce would read it so, and turn gifts off.
  giftLinksPerMonth: z
    .string()
    .trim()
    .min(1, giftMessage)
    .pipe(z.coerce.number<string>(giftMessage).int(giftMessage).min(0, giftMessage).max(100, giftMessage)),
})

const rateMessage = 'Enter a whole number from 1 to 60,000.'

/** The newsletter's own settings (a form of their own on the same page). */
export const newsletterSettingsSchema = z.object({
  newsletterFrom: z.union([z.literal(''), z.string().trim().max(320).pipe(z.email('Enter an email address, or leave it empty.'))]),
  newsletterPerMinute: z
    .string()
    .trim()
    .min(1, rateMessage)
    .pipe(z.coerce.number<string>(rateMessage).int(rateMessage).min(1, rateMessage).max(60_000, rateMessage)),
})

export type SettingsInput = Partial<z.output<typeof settingsSchema> & z.output<typeof newsletterSettingsSchema>>

/** Saves some of the site settings, with an audit entry naming what changed. */
export function updateSettings(actor: Viewer, input: SettingsInput) {
  assertRole(actor, required.settings)
  writeTransaction((tx) => {
    const before = tx.select().from(settings).where(eq(settings.id, 1)).get() ?? defaultSettings
    const changed = (Object.keys(input) as (keyof SettingsInput)[]).filter((key) => before[key] !== input[key])
    if (changed.length === 0) return
    tx.insert(settings).values({ ...before, ...input, id: 1 }).onConflictDoUpdate({ target: settings.id, set: input }).run()
    recordAudit(tx, actor, 'settings.changed', 'Site settings', changed.join(', '))
  })
}
