'use server'

import { updateTag } from 'next/cache'
import { z } from 'zod'
import type { ActionState } from '@/app/_components/action-state'
import { articleKinds } from '@/db/enums'
import { cacheTags } from '@/lib/articles/cache-tags'
import { formText } from '@/lib/core/form-data'
import { idSchema } from '@/lib/core/params'
import { required } from '@/lib/auth/roles'
import { saveSection, type SectionField } from '@/lib/desk/sections'
import { requireRole } from '@/lib/auth/session'
import { maxSlugLength } from '@/lib/core/slugs'
import { lineText, multilineText } from '@/lib/core/text'

export type SectionFormState = ActionState<SectionField | 'name' | 'description'>

const sectionSchema = z.object({
  id: z.union([z.literal('').transform(() => null), idSchema]),
  name: lineText().trim().min(1, 'Enter the section’s name.').max(60, 'Use at most 60 characters.'),
  slug: z.string().trim().toLowerCase().max(maxSlugLength, `Use at most ${maxSlugLength} characters.`),
  description: multilineText().trim().max(300, 'Use at most 300 characters.'),
  kind: z.enum(articleKinds, 'Choose what the section publishes.'),
})

export async function saveSectionForm(_previous: SectionFormState, formData: FormData): Promise<SectionFormState> {
  const viewer = await requireRole(required.sections)
  const parsed = sectionSchema.safeParse(
    Object.fromEntries(['id', 'name', 'slug', 'description', 'kind'].map((name) => [name, formText(formData, name)])),
  )
  if (!parsed.success) {
    return { ok: false, message: 'Nothing was saved. Fix the fields marked below.', fieldErrors: z.flattenError(parsed.error).fieldErrors }
  }
  const result = saveSection(viewer, parsed.data)
  if (!result.ok) return { ok: false, message: 'Nothing was saved. Fix the fields marked below.', fieldErrors: result.fieldErrors }
  // The menu on every page, and every page or list that names a section.
  updateTag(cacheTags.sections)
  updateTag(cacheTags.articleLists)
  return { ok: true, message: parsed.data.id === null ? 'Section added.' : 'Section saved.' }
}
