import 'server-only'
import { and, count, desc, eq, sql } from 'drizzle-orm'
import type { SelectedFields } from 'drizzle-orm/sqlite-core'
import { db } from '@/db/client'
import { articles, authors, sections, type ArticleStatus } from '@/db/schema'
import { listCoauthors } from '@/lib/articles/authors'
import { byAuthor } from '@/lib/articles/queries'
import { listArticleTags } from '@/lib/articles/tags'
import { assertRole, canEditArticle, canPreviewArticle, hasRole, required } from '@/lib/auth/roles'
import type { Viewer } from '@/lib/auth/session'
import { containsText, pageCount } from '@/lib/core/listing'
import { getKindDetails } from '@/lib/programme/details'
import { articleFormValues } from './article-form'
import { effectiveStatus } from './article-status'

// The editorial desk's reads and writes. Every function takes the acting viewer and checks lib/auth/roles.ts itself,
// whatever the page or action calling it already checked.

export type StaffArticleFilter = {
  q: string
  status?: ArticleStatus
  sectionId?: number
  authorId?: number
  page: number
}

const pageSize = 20

/** What every desk read needs: the article's address and title, and what decides who may edit it. */
const deskColumns = {
  id: articles.id,
  slug: articles.slug,
  title: articles.title,
  status: articles.status,
  publishedAt: articles.publishedAt,
  createdById: articles.createdById,
}

/** Articles with the names of their section and lead author, as the desk lists and previews them. */
function selectWithNames<Columns extends SelectedFields>(columns: Columns) {
  return db
    .select({ ...columns, sectionName: sections.name, authorName: authors.name })
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .innerJoin(authors, eq(authors.id, articles.authorId))
}

/** Articles on the desk, last changed first: every article for editors, an author's own for authors. */
export function listStaffArticles(viewer: Viewer, filter: StaffArticleFilter) {
  assertRole(viewer, required.desk)
  const status = effectiveStatusSql()
  const where = and(
    hasRole(viewer.role, required.editAny) ? undefined : eq(articles.createdById, viewer.id),
    filter.q ? containsText(filter.q, articles.title, articles.slug) : undefined,
    filter.status ? eq(status, filter.status) : undefined,
    filter.sectionId ? eq(articles.sectionId, filter.sectionId) : undefined,
    filter.authorId ? byAuthor(filter.authorId) : undefined,
  )
  const items = selectWithNames({ ...deskColumns, status, updatedAt: articles.updatedAt })
    .where(where)
    .orderBy(desc(articles.updatedAt), desc(articles.id))
    .limit(pageSize)
    .offset((filter.page - 1) * pageSize)
    .all()
    .map((item) => ({ ...item, editable: canEditArticle(viewer, item) }))
  const [{ total }] = db.select({ total: count() }).from(articles).where(where).all()
  return { items, total, pageCount: pageCount(total, pageSize) }
}

/** The status staff see: a scheduled article whose time has come counts as published (see effectiveStatus). */
export function effectiveStatusSql() {
  const nowSeconds = Math.floor(Date.now() / 1000) // published_at is stored in Unix seconds
  return sql<ArticleStatus>`case when ${articles.status} = 'scheduled' and ${articles.publishedAt} <= ${nowSeconds} then 'published' else ${articles.status} end`
}

const tagNames = (articleId: number) => listArticleTags(articleId).map((tag) => tag.name)

/** Everything the editor form shows, or null when there is no such article or the viewer may not edit it. */
export function getArticleForEditing(viewer: Viewer, id: number) {
  assertRole(viewer, required.desk)
  const article = readArticleForEditing(id)
  return article && canEditArticle(viewer, article) ? article : null
}

/** The stored article as the editor shows it, whoever asks: only for the desk's own checks and records. */
export function readArticleForEditing(id: number) {
  const article = db
    .select({
      ...deskColumns,
      lede: articles.lede,
      language: articles.language,
      sectionId: articles.sectionId,
      authorId: articles.authorId,
      coverImagePath: articles.coverImagePath,
      coverImageAlt: articles.coverImageAlt,
      featured: articles.featured,
      noindex: articles.noindex,
      metaDescription: articles.metaDescription,
      canonicalUrl: articles.canonicalUrl,
      sourceMarkdown: articles.sourceMarkdown,
      teaserParagraphs: articles.teaserParagraphs,
      version: articles.version,
    })
    .from(articles)
    .where(eq(articles.id, id))
    .get()
  if (!article) return null
  const status = effectiveStatus(article.status, article.publishedAt)
  const coauthorIds = listCoauthors(id).map((author) => author.id)
  const details = getKindDetails(id)
  const values = articleFormValues({ ...article, coauthorIds, tagNames: tagNames(id), talk: details.talk, seminar: details.seminar })
  return { ...article, status, values, details }
}

export type ArticleForEditing = NonNullable<ReturnType<typeof getArticleForEditing>>

/** The article as a member would see it, for staff to check before readers can; null for anyone else. */
export function getArticlePreview(viewer: Viewer, id: number) {
  assertRole(viewer, required.desk)
  const article = selectWithNames({
    ...deskColumns,
    lede: articles.lede,
    coverImagePath: articles.coverImagePath,
    coverImageAlt: articles.coverImageAlt,
    teaserHtml: articles.teaserHtml,
    bodyHtml: articles.bodyHtml,
  })
    .where(eq(articles.id, id))
    .get()
  if (!article || !canPreviewArticle(viewer, article)) return null
  article.status = effectiveStatus(article.status, article.publishedAt)
  const coauthorNames = listCoauthors(id).map((author) => author.name)
  return { ...article, authorNames: [article.authorName, ...coauthorNames], tagNames: tagNames(id) }
}
