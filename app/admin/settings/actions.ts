'use server'

import { updateTag } from 'next/cache'
import { cacheTags } from '@/lib/articles/cache-tags'
import { formAction, nothingSaved } from '@/lib/auth/action'
import { required } from '@/lib/auth/roles'
import { settingsSchema, updateSettings } from '@/lib/desk/settings'

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
