'use server'

import { updateTag } from 'next/cache'
import { z } from 'zod'
import { cacheTags } from '@/lib/cache-tags'
import { dateFormats } from '@/lib/dates'
import { formText } from '@/lib/form-data'
import { required } from '@/lib/roles'
import { requireRole } from '@/lib/session'
import { updateSettings } from '@/lib/settings'
import { teaserParagraphsSchema } from '@/lib/settings-rules'
import { lineText } from '@/lib/text'
import type { ActionState } from '@/app/_components/action-state'

export type SettingsFormState = ActionState<'siteName' | 'tagline' | 'teaserParagraphs' | 'dateFormat'>

const settingsSchema = z.object({
  siteName: lineText().trim().min(1, 'Enter the publication’s name.').max(100, 'Use at most 100 characters.'),
  tagline: lineText().trim().max(200, 'Use at most 200 characters.'),
  teaserParagraphs: teaserParagraphsSchema,
  dateFormat: z.enum(dateFormats, 'Choose one of the formats.'),
})

export async function saveSettings(_previous: SettingsFormState, formData: FormData): Promise<SettingsFormState> {
  const viewer = await requireRole(required.settings)
  const parsed = settingsSchema.safeParse(
    Object.fromEntries(['siteName', 'tagline', 'teaserParagraphs', 'dateFormat'].map((name) => [name, formText(formData, name)])),
  )
  if (!parsed.success) {
    return { ok: false, message: 'Nothing was saved. Fix the fields marked below.', fieldErrors: z.flattenError(parsed.error).fieldErrors }
  }
  updateSettings(viewer, parsed.data)
  updateTag(cacheTags.settings)
  return { ok: true, message: 'Settings saved.' }
}
