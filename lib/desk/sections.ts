import 'server-only'
import { and, asc, count, eq, max, ne } from 'drizzle-orm'
import { db, writeTransaction } from '@/db/client'
import { articles, categories, type ArticleKind } from '@/db/schema'
import { recordAudit } from './audit'
import { assertRole, required } from '../auth/roles'
import type { Viewer } from '../auth/session'
import { isSlug } from '../core/slugs'

// The sections, as admins keep them: name, address, description and what they publish (their kind).

/** Every section with how many articles it holds, in menu order. */
export function listSectionsForStaff(viewer: Viewer) {
  assertRole(viewer, required.sections)
  return db
    .select({
      id: categories.id,
      slug: categories.slug,
      name: categories.name,
      description: categories.description,
      kind: categories.kind,
      articles: count(articles.id),
    })
    .from(categories)
    .leftJoin(articles, eq(articles.categoryId, categories.id))
    .groupBy(categories.id)
    .orderBy(asc(categories.position), asc(categories.id))
    .all()
}

export type SectionInput = { id: number | null; name: string; slug: string; description: string; kind: ArticleKind }
export type SectionField = 'slug' | 'kind'
export type SaveSectionResult = { ok: true } | { ok: false; fieldErrors: Partial<Record<SectionField, string[]>> }

/**
 * Creates a section (last in the menu) or changes one. What a section publishes can change only while it is empty:
 * its articles' details (a talk's video, a seminar's seats, a paper's PDF) belong to its kind.
 */
export function saveSection(viewer: Viewer, input: SectionInput): SaveSectionResult {
  assertRole(viewer, required.sections)
  return writeTransaction((tx) => {
    const existing = input.id === null ? undefined : tx.select().from(categories).where(eq(categories.id, input.id)).get()
    if (input.id !== null && !existing) return { ok: false, fieldErrors: { slug: ['This section no longer exists. Reload the page.'] } }
    const fieldErrors: Partial<Record<SectionField, string[]>> = {}
    if (!isSlug(input.slug)) fieldErrors.slug = ['Use lower-case letters, digits and single hyphens.']
    else if (tx.select().from(categories).where(and(eq(categories.slug, input.slug), input.id === null ? undefined : ne(categories.id, input.id))).get()) {
      fieldErrors.slug = ['Another section uses this address.']
    }
    if (existing && existing.kind !== input.kind) {
      const held = tx.select({ n: count() }).from(articles).where(eq(articles.categoryId, existing.id)).get()!.n
      if (held > 0) fieldErrors.kind = [`This section holds ${held} ${held === 1 ? 'article' : 'articles'}, so what it publishes cannot change.`]
    }
    if (Object.keys(fieldErrors).length > 0) return { ok: false, fieldErrors }
    const values = { name: input.name, slug: input.slug, description: input.description, kind: input.kind }
    if (existing) {
      tx.update(categories).set(values).where(eq(categories.id, existing.id)).run()
    } else {
      const last = tx.select({ position: max(categories.position) }).from(categories).get()?.position ?? -1
      tx.insert(categories).values({ ...values, position: last + 1 }).run()
    }
    recordAudit(tx, viewer, 'section.saved', `${input.name} (/sections/${input.slug})`, existing ? 'changed' : 'created')
    return { ok: true }
  })
}
