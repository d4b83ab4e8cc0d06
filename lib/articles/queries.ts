import 'server-only'
import { and, asc, count, desc, eq, exists, gt, inArray, lte, ne, or, sql, type Placeholder, type SQL } from 'drizzle-orm'
import { db, preparedOnce } from '@/db/client'
import { articleCoauthors, articleRedirects, articles, articleTags, authors, sections, publications, seminars, talks, walledKinds } from '@/db/schema'
import { pageCount } from '@/lib/core/listing'
import { listCoauthors } from './authors'
import { listArticleTags } from './tags'
import { isSlug } from '@/lib/core/slugs'

/**
 * What readers may see at all: published, or scheduled with its time come. The one place this rule lives. `now` is
 * a prepared statement's placeholder in the reads every request makes (filled with the time it runs).
 */
export function isPublic(now: Date | Placeholder = new Date()) {
  return and(inArray(articles.status, ['published', 'scheduled']), lte(articles.publishedAt, sql.param(now, articles.publishedAt)))
}

/** When the next scheduled article becomes public, or null: no cached page may outlive that moment. */
export function getNextScheduledAt(now = new Date()): Date | null {
  const next = db
    .select({ at: articles.publishedAt })
    .from(articles)
    .where(and(eq(articles.status, 'scheduled'), gt(articles.publishedAt, now)))
    .orderBy(asc(articles.publishedAt))
    .limit(1)
    .get()
  return next?.at ?? null
}

// Every public field of an article. The members-only body is deliberately absent: see getBodyForViewer.
const summaryColumns = {
  id: articles.id,
  slug: articles.slug,
  title: articles.title,
  kind: sections.kind,
  lede: articles.lede,
  language: articles.language,
  publishedAt: sql<Date>`${articles.publishedAt}`.mapWith(articles.publishedAt),
  updatedAt: articles.updatedAt,
  sectionSlug: sections.slug,
  sectionName: sections.name,
  authorSlug: authors.slug,
  authorName: authors.name,
}

function selectSummaries() {
  return db
    .select(summaryColumns)
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
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

export type ArticleFilter = { sectionId: number } | { tagId: number } | { authorId: number }

/** Articles the author wrote, as lead author or co-author. */
export function byAuthor(authorId: number): SQL {
  return or(
    eq(articles.authorId, authorId),
    inArray(
      articles.id,
      db.select({ id: articleCoauthors.articleId }).from(articleCoauthors).where(eq(articleCoauthors.authorId, authorId)),
    ),
  )!
}

function filterCondition(filter: ArticleFilter): SQL {
  if ('sectionId' in filter) return eq(articles.sectionId, filter.sectionId)
  if ('authorId' in filter) return byAuthor(filter.authorId)
  return inArray(
    articles.id,
    db.select({ id: articleTags.articleId }).from(articleTags).where(eq(articleTags.tagId, filter.tagId)),
  )
}

const pageSize = 12

/** One page (1-based) of a section's, tag's or author's public articles, newest first, and how many pages there are. */
export function listArticlesPage(filter: ArticleFilter, page: number) {
  const where = and(isPublic(), filterCondition(filter))
  const items = selectSummaries()
    .where(where)
    .orderBy(desc(articles.publishedAt))
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .all()
  const [{ total }] = db.select({ total: count() }).from(articles).where(where).all()
  return { items, pageCount: pageCount(total, pageSize) }
}

/** Public, indexable articles with their teasers, for feeds: the members-only body is not selected. */
export function listFeedArticles(limit: number, sectionId?: number) {
  return db
    .select({ ...summaryColumns, teaserHtml: articles.teaserHtml })
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .innerJoin(authors, eq(authors.id, articles.authorId))
    .where(
      and(isPublic(), eq(articles.noindex, false), sectionId ? eq(articles.sectionId, sectionId) : undefined),
    )
    .orderBy(desc(articles.publishedAt))
    .limit(limit)
    .all()
}

/** Every public, indexable article's address and last change, for the sitemap. */
export function listSitemapArticles() {
  return db
    .select({ slug: articles.slug, updatedAt: articles.updatedAt })
    .from(articles)
    .where(and(isPublic(), eq(articles.noindex, false)))
    .orderBy(desc(articles.publishedAt))
    .all()
}

/** The public shell of an article: everything but the members-only body. Null when readers may not see it. */
export function getArticleBySlug(slug: string) {
  if (!isSlug(slug)) return null
  const article = db
    .select({
      ...summaryColumns,
      sectionId: articles.sectionId,
      noindex: articles.noindex,
      metaDescription: articles.metaDescription,
      canonicalUrl: articles.canonicalUrl,
      coverImagePath: articles.coverImagePath,
      coverImageAlt: articles.coverImageAlt,
      teaserHtml: articles.teaserHtml,
      walled: hasMembersOnlyPart(),
      // The public details of a talk, seminar or publication. A talk's video and a PDF's file are members-only.
      speaker: talks.speaker,
      talkMinutes: talks.durationMinutes,
      startsAt: seminars.startsAt,
      seminarMinutes: seminars.durationMinutes,
      venue: seminars.venue,
      capacity: seminars.capacity,
      pdfBytes: publications.pdfBytes,
    })
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .innerJoin(authors, eq(authors.id, articles.authorId))
    .leftJoin(talks, eq(talks.articleId, articles.id))
    .leftJoin(seminars, eq(seminars.articleId, articles.id))
    .leftJoin(publications, eq(publications.articleId, articles.id))
    .where(and(eq(articles.slug, slug), isPublic()))
    .get()
  if (!article) return null
  const { speaker, talkMinutes, startsAt, seminarMinutes, venue, capacity, pdfBytes, ...shell } = article
  const bylines = [{ slug: article.authorSlug, name: article.authorName }, ...listCoauthors(article.id)]
  const details: KindDetails =
    article.kind === 'talk' && speaker !== null && talkMinutes !== null
      ? { kind: 'talk', speaker, durationMinutes: talkMinutes }
      : article.kind === 'seminar' && startsAt !== null && seminarMinutes !== null && capacity !== null
        ? { kind: 'seminar', startsAt, durationMinutes: seminarMinutes, venue: venue ?? '', capacity }
        : article.kind === 'publication' && pdfBytes !== null
          ? { kind: 'publication', pdfBytes }
          : { kind: 'article' }
  return { ...shell, details, authors: bylines, tags: listArticleTags(article.id) }
}

/**
 * Whether an article has a members-only part at all (a talk's video and a publication's PDF are one); its text stays
 * in the database.
 */
function hasMembersOnlyPart() {
  return sql<boolean>`${articles.bodyHtml} <> '' or ${inArray(sections.kind, walledKinds)}`.mapWith(Boolean)
}

/**
 * What the reader's parts of a page need to know of its article (app/api/articles/[slug]/reader): its id, whether it
 * has a members-only part, and when a seminar starts. One small read, where the page's cached article would carry
 * everything it shows. Null for what is not an article readers may see.
 */
export function getArticleReaderFacts(slug: string) {
  if (!isSlug(slug)) return null
  return readerFacts().get({ slug, now: new Date() }) ?? null
}

const readerFacts = preparedOnce(() =>
  db
    .select({ id: articles.id, walled: hasMembersOnlyPart(), seminarStartsAt: seminars.startsAt })
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .leftJoin(seminars, eq(seminars.articleId, articles.id))
    .where(and(eq(articles.slug, sql.placeholder('slug')), isPublic(sql.placeholder('now'))))
    .prepare(),
)

/**
 * Where the public article that was once at `slug` is now (lib/desk/save-article.ts keeps its old slugs), or null.
 * An article readers may not see has no old addresses either, so a redirect never reveals an unpublished one.
 */
export function getMovedArticleSlug(slug: string): string | null {
  if (!isSlug(slug)) return null
  const moved = db
    .select({ slug: articles.slug })
    .from(articleRedirects)
    .innerJoin(articles, eq(articles.id, articleRedirects.articleId))
    .where(and(eq(articleRedirects.slug, slug), isPublic()))
    .get()
  return moved?.slug ?? null
}

/** The public part of what makes an article a talk, a seminar or a publication. */
export type KindDetails =
  | { kind: 'article' }
  | { kind: 'talk'; speaker: string; durationMinutes: number }
  | { kind: 'seminar'; startsAt: Date; durationMinutes: number; venue: string; capacity: number }
  | { kind: 'publication'; pdfBytes: number }

export type ArticleShell = NonNullable<ReturnType<typeof getArticleBySlug>>

/**
 * Up to `limit` other articles: the newest of those sharing the section or a tag first, then the newest of the rest.
 * Three queries that each stop after a few rows, rather than ranking the whole archive.
 */
export function listMoreArticles(article: ArticleShell, limit = 4) {
  const others = and(isPublic(), ne(articles.id, article.id))
  const newest = (where: SQL | undefined) =>
    selectSummaries().where(where).orderBy(desc(articles.publishedAt)).limit(limit).all()
  const tagIds = article.tags.map((tag) => tag.id)
  const sameSection = newest(and(others, eq(articles.sectionId, article.sectionId)))
  const sharedTag = tagIds.length
    ? newest(
        and(
          others,
          exists(
            db
              .select({ one: sql`1` })
              .from(articleTags)
              .where(and(eq(articleTags.articleId, articles.id), inArray(articleTags.tagId, tagIds))),
          ),
        ),
      )
    : []
  const byDate = (a: ArticleSummary, b: ArticleSummary) => b.publishedAt.getTime() - a.publishedAt.getTime()
  const related = uniqueById([...sameSection, ...sharedTag].sort(byDate)).slice(0, limit)
  if (related.length === limit) return related
  return uniqueById([...related, ...newest(others)]).slice(0, limit)
}

function uniqueById(list: ArticleSummary[]) {
  return [...new Map(list.map((item) => [item.id, item])).values()]
}

/** True when readers may see (and so like) the article. */
export function isArticlePublic(articleId: number): boolean {
  return (
    db
      .select({ id: articles.id })
      .from(articles)
      .where(and(eq(articles.id, articleId), isPublic()))
      .get() !== undefined
  )
}

/** The id of the article readers see at `slug`, or null. */
export function getPublicArticleId(slug: string): number | null {
  if (!isSlug(slug)) return null
  return db.select({ id: articles.id }).from(articles).where(and(eq(articles.slug, slug), isPublic())).get()?.id ?? null
}
