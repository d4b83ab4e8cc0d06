import 'server-only'
import { eq, inArray } from 'drizzle-orm'
import { writeTransaction } from '@/db/client'
import { articleCoauthors, articles, articleTags, authors, sections, tags } from '@/db/schema'
import { getSectionKind } from '@/lib/articles/sections'
import { assertRole, canEditArticle, ForbiddenError, hasRole, required } from '@/lib/auth/roles'
import type { Viewer } from '@/lib/auth/session'
import { getSettings } from '@/lib/core/settings'
import { slugify } from '@/lib/core/slugs'
import { readPdfUpload, removeDocument, storeDocument } from '@/lib/files/documents'
import { readImageUpload, removeUpload, storeUpload } from '@/lib/files/images'
import { checkKindDetails, parseKindDetails, writeKindDetails, type KindDetailsInput, type KindField } from '@/lib/programme/details'
import { checkSlug, moveAddress, uniqueSlug } from './article-addresses'
import { articleFormValues, type ArticleForm } from './article-form'
import { describeCollision, keepCurrentRevision, recordRevision } from './article-revisions'
import { concernsReaders, effectiveStatus, isPublishingIntent, nextPublication, publicationAuditAction } from './article-status'
import { recordAudit } from './audit'
import type { Collision } from './edit-collision'
import { renderArticle } from './markdown'

// Saving an article from the editor: its files are checked and stored, then the article, its tags, co-authors and
// details are written in one transaction; when that fails, the files stored for it are removed again.

/**
 * Saves the editor's form: the cover image and a publication's PDF are checked by their bytes and stored under
 * random names, the details are checked for the section's kind, and saveArticle writes it all. A refused save keeps
 * no file; a save that replaced or dropped a file removes the old one.
 */
export async function saveArticleWithUploads(actor: Viewer, form: ArticleForm, now = new Date()): Promise<SaveArticleResult> {
  assertRole(actor, required.desk)
  // The section decides what the article is (saveArticle checks the same section again in its transaction).
  const kind = getSectionKind(form.sectionId)
  const details = parseKindDetails(kind, form)
  const cover = form.cover ? await readImageUpload(form.cover) : null
  const pdf = kind === 'publication' && form.pdf ? await readPdfUpload(form.pdf) : null
  const fieldErrors: Partial<Record<ArticleField, string[]>> = details.ok ? {} : { ...details.fieldErrors }
  if (cover && !cover.ok) fieldErrors.cover = [cover.message]
  if (cover && !form.coverImageAlt) fieldErrors.coverImageAlt = ['Describe the image for readers who cannot see it.']
  if (pdf && !pdf.ok) fieldErrors.pdf = [pdf.message]
  if (!details.ok || Object.keys(fieldErrors).length > 0) return { ok: false, fieldErrors }

  const coverImagePath = cover?.ok ? storeUpload(cover.bytes, cover.ext) : form.removeCover ? null : undefined
  const storedPdf = pdf?.ok ? { file: storeDocument(pdf.bytes), bytes: pdf.bytes.length } : undefined
  let result: SaveArticleResult | undefined
  try {
    result = saveArticle(
      actor,
      { ...form, coverImagePath, details: details.details.kind === 'publication' ? { kind: 'publication', pdf: storedPdf } : details.details },
      now,
    )
  } finally {
    if (!result?.ok) {
      if (coverImagePath) removeUpload(coverImagePath)
      if (storedPdf) removeDocument(storedPdf.file)
    }
  }
  if (!result.ok && result.collision && (form.cover || form.pdf || form.removeCover)) {
    // The editor draws its fields again from the merge, and a browser cannot refill a file field.
    return { ...result, message: `${result.message} Choose your image, PDF or cover removal again: they are not kept.` }
  }
  if (result.ok) {
    if (result.previousCover) removeUpload(result.previousCover)
    if (result.previousPdf) removeDocument(result.previousPdf)
  }
  return result
}

/** What saveArticle writes: the parsed form, with the details checked for the section's kind and the files stored. */
export type ArticleInput = Omit<ArticleForm, 'cover' | 'pdf' | 'removeCover' | DetailField> & {
  /** A new upload's stored name, null to remove the cover, undefined to keep it. */
  coverImagePath: string | null | undefined
  /** What makes it a talk, a seminar or a publication. */
  details: KindDetailsInput
}

type DetailField = 'speaker' | 'durationMinutes' | 'videoUrl' | 'startsAt' | 'venue' | 'capacity'

export type ArticleField = 'slug' | 'releaseSlug' | 'sectionId' | 'authorId' | 'coauthorIds' | 'tagNames' | 'cover' | 'coverImageAlt' | KindField

export type SaveArticleResult =
  | {
      ok: true
      id: number
      /** The version this save made: the editor's next save starts from it. */
      version: number
      slug: string
      previousSlug: string | null
      /** Another article's old address this article took: it no longer redirects. */
      releasedSlug: string | null
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
  | { ok: false; message?: string; fieldErrors: Partial<Record<ArticleField, string[]>>; collision?: Collision }

/**
 * Creates or updates an article in one transaction: its row with the Markdown rendered and sanitised into the
 * stored teaser and body, its tags (created when new), its co-authors, an audit entry when what readers see
 * changes, and the revision it makes. Either all of it is written or none. An update from an older version than
 * the stored one is refused with the editor's fields merged with what is stored (the raw POST meets this too).
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
    if (row && input.version !== row.version) {
      return { ok: false, fieldErrors: {}, ...describeCollision(tx, actor, row, input.version, typedValues(input)) }
    }

    const fieldErrors: Partial<Record<ArticleField, string[]>> = {}
    const slug = input.slug || uniqueSlug(tx, slugify(input.title) || 'article', input.id)
    Object.assign(fieldErrors, checkSlug(tx, slug, input.id, input.releaseSlug))
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
      version: existing ? existing.version + 1 : 1,
    }
    if (existing) keepCurrentRevision(tx, existing)
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
    const releasedSlug = moveAddress(tx, id, existing && { slug: existing.slug, public: existing.status === 'published' }, slug)

    const auditAction = publicationAuditAction(existing, publication)
    if (auditAction) {
      const when = publication.publishedAt ? publication.publishedAt.toISOString() : ''
      recordAudit(tx, actor, auditAction, `“${input.title}” (/articles/${slug})`, auditAction === 'article.scheduled' ? `for ${when}` : '')
    }
    recordRevision(tx, id, values.version, actor, now)
    const previousCover = input.coverImagePath !== undefined ? (existing?.coverImagePath ?? null) : null
    return {
      ok: true,
      id,
      version: values.version,
      slug,
      previousSlug: existing?.slug ?? null,
      releasedSlug,
      previousCover,
      previousPdf,
      promoted,
      rescheduled,
      concernsReaders: concernsReaders(existing) || concernsReaders(publication),
    }
  })
}

/** What the editor's fields held, as the editor shows a stored article: one side of a collision's merge. */
function typedValues(input: ArticleInput) {
  const { details } = input
  return articleFormValues({
    ...input,
    sourceMarkdown: input.markdown,
    talk: details.kind === 'talk' ? details : null,
    seminar: details.kind === 'seminar' ? details : null,
  })
}
