'use server'

import { updateTag } from 'next/cache'
import { cacheTags } from '@/lib/articles/cache-tags'
import { formAction, nothingSaved } from '@/lib/auth/action'
import { required } from '@/lib/auth/roles'
import { saveSection, sectionSchema } from '@/lib/desk/sections'

export const saveSectionForm = formAction(
  required.sections,
  sectionSchema,
  async (input, viewer) => {
    const result = saveSection(viewer, input)
    if (!result.ok) return { ok: false, message: nothingSaved, fieldErrors: result.fieldErrors }
    // The menu on every page, and every page or list that names a section.
    updateTag(cacheTags.sections)
    updateTag(cacheTags.articleLists)
    return { ok: true, message: input.id === null ? 'Section added.' : 'Section saved.' }
  },
  { invalid: nothingSaved, hidden: ['id'] },
)
