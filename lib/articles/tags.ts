import 'server-only'
import { asc, eq } from 'drizzle-orm'
import { db } from '@/db/client'
import { articleTags, tags } from '@/db/schema'

export function listTags() {
  return db.select({ id: tags.id, slug: tags.slug, name: tags.name }).from(tags).orderBy(asc(tags.name)).all()
}

export function getTagBySlug(slug: string) {
  return db.select({ id: tags.id, slug: tags.slug, name: tags.name }).from(tags).where(eq(tags.slug, slug)).get() ?? null
}

/** An article's tags, by name. */
export function listArticleTags(articleId: number) {
  return db
    .select({ id: tags.id, slug: tags.slug, name: tags.name })
    .from(articleTags)
    .innerJoin(tags, eq(tags.id, articleTags.tagId))
    .where(eq(articleTags.articleId, articleId))
    .orderBy(tags.name)
    .all()
}
