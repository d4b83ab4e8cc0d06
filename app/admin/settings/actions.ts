'use server'

import { updateTag } from 'next/cache'
import { z } from 'zod'
import { cacheTags } from '@/lib/articles/cache-tags'
import { dateFormats } from '@/lib/core/dates'
import { formText } from '@/lib/core/form-data'
import { required } from '@/lib/auth/roles'
import { requireRole } from '@/lib/auth/session'
import { updateSettings } from '@/lib/desk/settings'
import { teaserParagraphsSchema } from '@/lib/desk/settings'
import { lineText } from '@/lib/core/text'
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
