import 'server-only'
import { and, desc, eq, inArray, lte, ne, or, sql } from 'drizzle-orm'
import { db } from '@/db/client'
import { articles, articleTags, authors, categories, tags } from '@/db/schema'
import type { Viewer } from './session'

// What readers may see at all: published, or scheduled with its time come. The one place this rule lives.
function isPublic() {
  return and(inArray(articles.status, ['published', 'scheduled']), lte(articles.publishedAt, new Date()))
}

// Every public field of an article. The members-only body is deliberately absent: see getBodyForViewer.
const summaryColumns = {
  id: articles.id,
  slug: articles.slug,
  title: articles.title,
  lede: articles.lede,
  language: articles.language,
  publishedAt: sql<Date>`${articles.publishedAt}`.mapWith(articles.publishedAt),
  categorySlug: categories.slug,
  categoryName: categories.name,
  authorSlug: authors.slug,
  authorName: authors.name,
}

function selectSummaries() {
  return db
    .select(summaryColumns)
    .from(articles)
    .innerJoin(categories, eq(categories.id, articles.categoryId))
    .innerJoin(authors, eq(authors.id, articles.authorId))
}

export type ArticleSummary = Awaited<ReturnType<typeof listLatestArticles>>[number]

export function listLatestArticles(limit: number) {
  return selectSummaries().where(isPublic()).orderBy(desc(articles.publishedAt)).limit(limit).all()
}

export function listFeaturedArticles(limit: number) {
  return selectSummaries()
    .where(and(isPublic(), eq(articles.featured, true)))
    .orderBy(desc(articles.publishedAt))
    .limit(limit)
    .all()
}

export function listArticlesInCategory(categoryId: number, limit: number) {
  return selectSummaries()
    .where(and(isPublic(), eq(articles.categoryId, categoryId)))
    .orderBy(desc(articles.publishedAt))
    .limit(limit)
    .all()
}

export function listCategories() {
  return db
    .select({ id: categories.id, slug: categories.slug, name: categories.name, description: categories.description })
    .from(categories)
    .orderBy(categories.position)
    .all()
}

export function getCategoryBySlug(slug: string) {
  return listCategories().find((category) => category.slug === slug) ?? null
}

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** The public shell of an article: everything but the members-only body. Null when readers may not see it. */
export function getArticleBySlug(slug: string) {
  if (slug.length > 200 || !slugPattern.test(slug)) return null
  const article = db
    .select({
      ...summaryColumns,
      categoryId: articles.categoryId,
      updatedAt: articles.updatedAt,
      teaserHtml: articles.teaserHtml,
    })
    .from(articles)
    .innerJoin(categories, eq(categories.id, articles.categoryId))
    .innerJoin(authors, eq(authors.id, articles.authorId))
    .where(and(eq(articles.slug, slug), isPublic()))
    .get()
  if (!article) return null
  const articleTagRows = db
    .select({ id: tags.id, slug: tags.slug, name: tags.name })
    .from(articleTags)
    .innerJoin(tags, eq(tags.id, articleTags.tagId))
    .where(eq(articleTags.articleId, article.id))
    .orderBy(tags.name)
    .all()
  return { ...article, tags: articleTagRows }
}

export type ArticleShell = NonNullable<ReturnType<typeof getArticleBySlug>>

/** Up to `limit` other articles: those sharing the section or a tag first, then the latest. */
export function listMoreArticles(article: ArticleShell, limit = 4) {
  const tagIds = article.tags.map((tag) => tag.id)
  const related = or(
    eq(articles.categoryId, article.categoryId),
    tagIds.length
      ? inArray(
          articles.id,
          db.select({ id: articleTags.articleId }).from(articleTags).where(inArray(articleTags.tagId, tagIds)),
        )
      : undefined,
  )
  return selectSummaries()
    .where(and(isPublic(), ne(articles.id, article.id)))
    .orderBy(desc(sql`${related}`), desc(articles.publishedAt))
    .limit(limit)
    .all()
}

export type ArticleBody = { access: 'full'; bodyHtml: string } | { access: 'wall' }

/**
 * The paywall decision, made here and nowhere else: the members-only HTML leaves the database only for a
 * signed-in member, for an article readers may see.
 */
export function getBodyForViewer(articleId: number, viewer: Viewer | null): ArticleBody {
  if (!viewer) return { access: 'wall' }
  const row = db
    .select({ bodyHtml: articles.bodyHtml })
    .from(articles)
    .where(and(eq(articles.id, articleId), isPublic()))
    .get()
  return row ? { access: 'full', bodyHtml: row.bodyHtml } : { access: 'wall' }
}

/** True when readers may see (and so like) the article. */
export function isArticlePublic(articleId: number): boolean {
  return db.select({ id: articles.id }).from(articles).where(and(eq(articles.id, articleId), isPublic())).get() !== undefined
}
