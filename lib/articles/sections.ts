import 'server-only'
import { asc, eq } from 'drizzle-orm'
import { db } from '@/db/client'
import { authors, categories, tags } from '@/db/schema'

// Sections (the `categories` table), tags and authors: the ways readers browse the archive.

const sectionColumns = {
  id: categories.id,
  slug: categories.slug,
  name: categories.name,
  description: categories.description,
  kind: categories.kind,
}

export function listSections() {
  return db.select(sectionColumns).from(categories).orderBy(asc(categories.position)).all()
}

/** What the section publishes; 'article' for a section that does not exist (the save reports that itself). */
export function getSectionKind(id: number) {
  return db.select({ kind: categories.kind }).from(categories).where(eq(categories.id, id)).get()?.kind ?? 'article'
}

export function getSectionBySlug(slug: string) {
  return db.select(sectionColumns).from(categories).where(eq(categories.slug, slug)).get() ?? null
}

export function listTags() {
  return db.select({ id: tags.id, slug: tags.slug, name: tags.name }).from(tags).orderBy(asc(tags.name)).all()
}

export function getTagBySlug(slug: string) {
  return db.select({ id: tags.id, slug: tags.slug, name: tags.name }).from(tags).where(eq(tags.slug, slug)).get() ?? null
}

const authorColumns = {
  id: authors.id,
  slug: authors.slug,
  name: authors.name,
  bio: authors.bio,
  photoPath: authors.photoPath,
}

export function listAuthors() {
  return db.select(authorColumns).from(authors).orderBy(asc(authors.name)).all()
}

export function getAuthorBySlug(slug: string) {
  return db.select(authorColumns).from(authors).where(eq(authors.slug, slug)).get() ?? null
}
