import 'server-only'
import { asc, eq } from 'drizzle-orm'
import { db } from '@/db/client'
import { articleCoauthors, authors } from '@/db/schema'

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

/** An article's bylines after the lead author, in order. */
export function listCoauthors(articleId: number) {
  return db
    .select({ id: authors.id, slug: authors.slug, name: authors.name })
    .from(articleCoauthors)
    .innerJoin(authors, eq(authors.id, articleCoauthors.authorId))
    .where(eq(articleCoauthors.articleId, articleId))
    .orderBy(asc(articleCoauthors.position))
    .all()
}
