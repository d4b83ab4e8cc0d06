import 'server-only'
import { asc, eq } from 'drizzle-orm'
import { db } from '@/db/client'
import { sections } from '@/db/schema'

// Sections: what readers browse the archive by, in menu order, and what each publishes.

const sectionColumns = {
  id: sections.id,
  slug: sections.slug,
  name: sections.name,
  description: sections.description,
  kind: sections.kind,
}

export function listSections() {
  return db.select(sectionColumns).from(sections).orderBy(asc(sections.position)).all()
}

/** What the section publishes; 'article' for a section that does not exist (the save reports that itself). */
export function getSectionKind(id: number) {
  return db.select({ kind: sections.kind }).from(sections).where(eq(sections.id, id)).get()?.kind ?? 'article'
}

export function getSectionBySlug(slug: string) {
  return db.select(sectionColumns).from(sections).where(eq(sections.slug, slug)).get() ?? null
}
