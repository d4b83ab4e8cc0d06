import 'server-only'
import { and, count, desc, eq, inArray, sql } from 'drizzle-orm'
import { db, type Tx, writeTransaction } from '@/db/client'
import {
  articleCoauthors,
  articles,
  articleTags,
  authors,
  sections,
  tags,
  type ArticleStatus,
  type Language,
} from '@/db/schema'
import {
  concernsReaders,
  effectiveStatus,
  isPublishingIntent,
  nextPublication,
  publicationAuditAction,
  type ArticleIntent,
} from './article-status'
import { listCoauthors } from '@/lib/articles/authors'
import { byAuthor } from '@/lib/articles/queries'
import { listArticleTags } from '@/lib/articles/tags'
import { recordAudit } from './audit'
import { renderArticle } from './markdown'
import { checkKindDetails, getKindDetails, writeKindDetails, type KindDetailsInput, type KindField } from '@/lib/programme/details'
import { assertRole, canEditArticle, canPreviewArticle, ForbiddenError, hasRole, required } from '@/lib/auth/roles'
import type { Viewer } from '@/lib/auth/session'
import { getSettings } from '@/lib/core/settings'
import { isSlug, maxSlugLength, slugify } from '@/lib/core/slugs'
import { containsText, pageCount } from '@/lib/core/listing'

// The editorial desk's reads and writes. Every function takes the acting viewer and checks lib/roles.ts itself,
// whatever the page or action calling it already checked.

export type StaffArticleFilter = {
  q: string
  status?: ArticleStatus
  sectionId?: number
  authorId?: number
  page: number
}

const pageSize = 20

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
  const items = db
    .select({
      id: articles.id,
      slug: articles.slug,
      title: articles.title,
      status,
      publishedAt: articles.publishedAt,
      updatedAt: articles.updatedAt,
      createdById: articles.createdById,
      sectionName: sections.name,
      authorName: authors.name,
    })
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .innerJoin(authors, eq(authors.id, articles.authorId))
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
  const article = db
    .select({
      id: articles.id,
      slug: articles.slug,
      title: articles.title,
      lede: articles.lede,
      language: articles.language,
      sectionId: articles.sectionId,
      authorId: articles.authorId,
      coverImagePath: articles.coverImagePath,
      coverImageAlt: articles.coverImageAlt,
      status: articles.status,
      featured: articles.featured,
      noindex: articles.noindex,
      metaDescription: articles.metaDescription,
      canonicalUrl: articles.canonicalUrl,
      publishedAt: articles.publishedAt,
      createdById: articles.createdById,
      sourceMarkdown: articles.sourceMarkdown,
      teaserParagraphs: articles.teaserParagraphs,
    })
    .from(articles)
    .where(eq(articles.id, id))
    .get()
  if (!article || !canEditArticle(viewer, article)) return null
  const status = effectiveStatus(article.status, article.publishedAt)
  const coauthorIds = listCoauthors(id).map((author) => author.id)
  return { ...article, status, coauthorIds, tagNames: tagNames(id), details: getKindDetails(id) }
}

export type ArticleForEditing = NonNullable<ReturnType<typeof getArticleForEditing>>

/** The article as a member would see it, for staff to check before readers can; null for anyone else. */
export function getArticlePreview(viewer: Viewer, id: number) {
  assertRole(viewer, required.desk)
  const article = db
    .select({
      id: articles.id,
      slug: articles.slug,
      title: articles.title,
      lede: articles.lede,
      status: articles.status,
      publishedAt: articles.publishedAt,
      createdById: articles.createdById,
      coverImagePath: articles.coverImagePath,
      coverImageAlt: articles.coverImageAlt,
      teaserHtml: articles.teaserHtml,
      bodyHtml: articles.bodyHtml,
      sectionName: sections.name,
      authorName: authors.name,
    })
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .innerJoin(authors, eq(authors.id, articles.authorId))
    .where(eq(articles.id, id))
    .get()
  if (!article || !canPreviewArticle(viewer, article)) return null
  article.status = effectiveStatus(article.status, article.publishedAt)
  const coauthorNames = listCoauthors(id).map((author) => author.name)
  return { ...article, authorNames: [article.authorName, ...coauthorNames], tagNames: tagNames(id) }
}

export type ArticleInput = {
  id: number | null
  title: string
  /** Empty: made from the title. */
  slug: string
  lede: string
  language: Language
  sectionId: number
  authorId: number
  coauthorIds: number[]
  tagNames: string[]
  markdown: string
  featured: boolean
  noindex: boolean
  metaDescription: string
  canonicalUrl: string | null
  publishedAt: Date | null
  /** A new upload's stored name, null to remove the cover, undefined to keep it. */
  coverImagePath: string | null | undefined
  coverImageAlt: string
  intent: ArticleIntent
  /** What makes it a talk, a seminar or a publication. */
  details: KindDetailsInput
}

export type ArticleField = 'slug' | 'sectionId' | 'authorId' | 'coauthorIds' | 'tagNames' | KindField

export type SaveArticleResult =
  | {
      ok: true
      id: number
      slug: string
      previousSlug: string | null
      previousCover: string | null
      /** A publication's PDF this save replaced or dropped. */
      previousPdf: string | null
      /** Members who moved up from a seminar's waiting list because the capacity grew. */
      promoted: number[]
      /** Members signed up for a seminar whose time or place changed. */
      rescheduled: number[]
      /** Readers saw it before or see it now (or will at a set time): public pages must be refreshed. */
      concernsReaders: boolean
    }
  | { ok: false; message?: string; fieldErrors: Partial<Record<ArticleField, string[]>> }

/**
 * Creates or updates an article in one transaction: its row with the Markdown rendered and sanitised into the
 * stored teaser and body, its tags (created when new), its co-authors, and an audit entry when what readers see
 * changes. Either all of it is written or none.
 */
export function saveArticle(actor: Viewer, input: ArticleInput, now = new Date()): SaveArticleResult {
  assertRole(actor, required.desk)
  if (isPublishingIntent(input.intent) && !hasRole(actor.role, required.editAny)) {
    return { ok: false, message: 'Only editors can publish, schedule, unpublish or archive.', fieldErrors: {} }
  }
  return writeTransaction((tx) => {
    const row = input.id === null ? undefined : tx.select().from(articles).where(eq(articles.id, input.id)).get()
    if (input.id !== null && (!row || !canEditArticle(actor, row))) throw new ForbiddenError()
    const existing = row ? { ...row, status: effectiveStatus(row.status, row.publishedAt, now) } : null

    const fieldErrors: Partial<Record<ArticleField, string[]>> = {}
    const slug = input.slug || uniqueSlug(tx, slugify(input.title) || 'article', input.id)
    if (!isSlug(slug)) {
      fieldErrors.slug = ['Use lower-case letters, digits and single hyphens.']
    } else {
      const owner = tx.select({ id: articles.id, title: articles.title }).from(articles).where(eq(articles.slug, slug)).get()
      if (owner && owner.id !== input.id) fieldErrors.slug = [`“${owner.title}” already uses this slug.`]
    }
    const section = tx.select({ kind: sections.kind }).from(sections).where(eq(sections.id, input.sectionId)).get()
    if (!section) fieldErrors.sectionId = ['Choose a section from the list.']
    // The section decides what the article is; the form's details must be of that kind.
    else if (section.kind !== input.details.kind) fieldErrors.sectionId = ['That request was not understood. Reload the page and try again.']
    const authorIds = [input.authorId, ...input.coauthorIds]
    const knownAuthors = tx.select({ id: authors.id }).from(authors).where(inArray(authors.id, authorIds)).all()
    if (!knownAuthors.some((author) => author.id === input.authorId)) fieldErrors.authorId = ['Choose an author from the list.']
    if (input.coauthorIds.some((id) => !knownAuthors.some((author) => author.id === id))) {
      fieldErrors.coauthorIds = ['Choose co-authors from the list.']
    }
    const tagSlugs = input.tagNames.map((name) => ({ name, slug: slugify(name) }))
    if (tagSlugs.some((tag) => !tag.slug)) fieldErrors.tagNames = ['Each tag needs a letter or a digit.']
    Object.assign(fieldErrors, checkKindDetails(tx, input.id, input.details, now))
    if (Object.keys(fieldErrors).length > 0) return { ok: false, fieldErrors }

    const publication = nextPublication(existing, input.intent, input.publishedAt, now)
    const teaserParagraphs = existing?.teaserParagraphs ?? getSettings().teaserParagraphs
    const values = {
      slug,
      title: input.title,
      lede: input.lede,
      language: input.language,
      sectionId: input.sectionId,
      authorId: input.authorId,
      featured: input.featured,
      noindex: input.noindex,
      metaDescription: input.metaDescription,
      canonicalUrl: input.canonicalUrl,
      ...(input.coverImagePath !== undefined && { coverImagePath: input.coverImagePath }),
      coverImageAlt: input.coverImageAlt,
      ...publication,
      sourceMarkdown: input.markdown,
      teaserParagraphs,
      ...renderArticle(input.markdown, teaserParagraphs),
      updatedAt: now,
    }
    const id = existing
      ? (tx.update(articles).set(values).where(eq(articles.id, existing.id)).run(), existing.id)
      : tx.insert(articles).values({ ...values, createdById: actor.id }).returning({ id: articles.id }).get().id

    tx.delete(articleTags).where(eq(articleTags.articleId, id)).run()
    const uniqueTags = [...new Map(tagSlugs.map((tag) => [tag.slug, tag])).values()]
    if (uniqueTags.length > 0) {
      tx.insert(tags).values(uniqueTags).onConflictDoNothing({ target: tags.slug }).run()
      const tagIds = tx.select({ id: tags.id }).from(tags).where(inArray(tags.slug, uniqueTags.map((tag) => tag.slug))).all()
      tx.insert(articleTags).values(tagIds.map((tag) => ({ articleId: id, tagId: tag.id }))).run()
    }
    tx.delete(articleCoauthors).where(eq(articleCoauthors.articleId, id)).run()
    const coauthors = [...new Set(input.coauthorIds)].filter((authorId) => authorId !== input.authorId)
    if (coauthors.length > 0) {
      tx.insert(articleCoauthors).values(coauthors.map((authorId, position) => ({ articleId: id, authorId, position }))).run()
    }
    const { previousPdf, promoted, rescheduled } = writeKindDetails(tx, id, input.details)

    const auditAction = publicationAuditAction(existing, publication)
    if (auditAction) {
      const when = publication.publishedAt ? publication.publishedAt.toISOString() : ''
      recordAudit(tx, actor, auditAction, `“${input.title}” (/articles/${slug})`, auditAction === 'article.scheduled' ? `for ${when}` : '')
    }
    const previousCover = input.coverImagePath !== undefined ? (existing?.coverImagePath ?? null) : null
    return {
      ok: true,
      id,
      slug,
      previousSlug: existing?.slug ?? null,
      previousCover,
      previousPdf,
      promoted,
      rescheduled,
      concernsReaders: concernsReaders(existing) || concernsReaders(publication),
    }
  })
}

/** The slug itself, or with -2, -3, … when another article has it. Only for slugs made from a title. */
function uniqueSlug(tx: Tx, base: string, ownId: number | null): string {
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : `${base.slice(0, maxSlugLength - 10).replace(/-+$/, '')}-${n}`
    const owner = tx.select({ id: articles.id }).from(articles).where(eq(articles.slug, candidate)).get()
    if (!owner || owner.id === ownId) return candidate
  }
}
