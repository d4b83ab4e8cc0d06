import 'server-only'
import { and, asc, count, eq, max, ne } from 'drizzle-orm'
import { z } from 'zod'
import { db, writeTransaction } from '@/db/client'
import { articleKinds } from '@/db/enums'
import { articles, sections } from '@/db/schema'
import { recordAudit } from './audit'
import { assertRole, required } from '@/lib/auth/roles'
import type { Viewer } from '@/lib/auth/session'
import { optionalIdSchema } from '@/lib/core/params'
import { isSlug, maxSlugLength } from '@/lib/core/slugs'
import { lineText, multilineText } from '@/lib/core/text'

// The sections, as admins keep them: name, address, description and what they publish (their kind).

/** Every section with how many articles it holds, in menu order. */
export function listSectionsForStaff(viewer: Viewer) {
  assertRole(viewer, required.sections)
  return db
    .select({
      id: sections.id,
      slug: sections.slug,
      name: sections.name,
      description: sections.description,
      kind: sections.kind,
      articles: count(articles.id),
    })
    .from(sections)
    .leftJoin(articles, eq(articles.sectionId, sections.id))
    .groupBy(sections.id)
    .orderBy(asc(sections.position), asc(sections.id))
    .all()
}

export const sectionSchema = z.object({
  id: optionalIdSchema,
  name: lineText().trim().min(1, 'Enter the section’s name.').max(60, 'Use at most 60 characters.'),
  slug: z.string().trim().toLowerCase().max(maxSlugLength, `Use at most ${maxSlugLength} characters.`),
  description: multilineText().trim().max(300, 'Use at most 300 characters.'),
  kind: z.enum(articleKinds, 'Choose what the section publishes.'),
})

export type SectionInput = z.output<typeof sectionSchema>
type SectionField = 'slug' | 'kind'
export type SaveSectionResult = { ok: true } | { ok: false; fieldErrors: Partial<Record<SectionField, string[]>> }

/**
 * Creates a section (last in the menu) or changes one. What a section publishes can change only while it is empty:
 * its articles' details (a talk's video, a seminar's seats, a paper's PDF) belong to its kind.
 */
export function saveSection(viewer: Viewer, input: SectionInput): SaveSectionResult {
  assertRole(viewer, required.sections)
  return writeTransaction((tx) => {
    const existing = input.id === null ? undefined : tx.select().from(sections).where(eq(sections.id, input.id)).get()
    if (input.id !== null && !existing) return { ok: false, fieldErrors: { slug: ['This section no longer exists. Reload the page.'] } }
    const fieldErrors: Partial<Record<SectionField, string[]>> = {}
    if (!isSlug(input.slug)) fieldErrors.slug = ['Use lower-case letters, digits and single hyphens.']
    else if (tx.select().from(sections).where(and(eq(sections.slug, input.slug), input.id === null ? undefined : ne(sections.id, input.id))).get()) {
      fieldErrors.slug = ['Another section uses this address.']
    }
    if (existing && existing.kind !== input.kind) {
      const held = tx.select({ n: count() }).from(articles).where(eq(articles.sectionId, existing.id)).get()!.n
      if (held > 0) fieldErrors.kind = [`This section holds ${held} ${held === 1 ? 'article' : 'articles'}, so what it publishes cannot change.`]
    }
    if (Object.keys(fieldErrors).length > 0) return { ok: false, fieldErrors }
    const values = { name: input.name, slug: input.slug, description: input.description, kind: input.kind }
    if (existing) {
      tx.update(sections).set(values).where(eq(sections.id, existing.id)).run()
    } else {
      const last = tx.select({ position: max(sections.position) }).from(sections).get()?.position ?? -1
      tx.insert(sections).values({ ...values, position: last + 1 }).run()
    }
    recordAudit(tx, viewer, 'section.saved', `${input.name} (/sections/${input.slug})`, existing ? 'changed' : 'created')
    return { ok: true }
  })
}
