'use server'

import { updateTag } from 'next/cache'
import { cacheTags } from '@/lib/articles/cache-tags'
import { formAction, nothingSaved } from '@/lib/auth/action'
import { required } from '@/lib/auth/roles'
import { newsletterSettingsSchema, settingsSchema, updateSettings } from '@/lib/desk/settings'

export const saveSettings = formAction(
  required.settings,
  settingsSchema,
  async (input, viewer) => {
    updateSettings(viewer, input)
    updateTag(cacheTags.settings)
    return { ok: true, message: 'Settings saved.' }
  },
  { invalid: nothingSaved },
)

export const saveNewsletterSettings = formAction(
  required.settings,
  newsletterSettingsSchema,
  async (input, viewer) => {
    // Read by the sender only, never by a cached page.
    updateSettings(viewer, input)
    return { ok: true, message: 'Newsletter settings saved.' }
  },
  { invalid: nothingSaved },
)
