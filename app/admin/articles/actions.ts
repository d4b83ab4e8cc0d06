'use server'

import { notFound, redirect } from 'next/navigation'
import { updateTag } from 'next/cache'
import { after } from 'next/server'
import { z } from 'zod'
import { languages } from '@/db/enums'
import { saveArticle, type ArticleField, type SaveArticleResult } from '@/lib/desk/articles'
import { readPdfUpload, removeDocument, storeDocument } from '@/lib/files/documents'
import { articleIntents } from '@/lib/desk/article-status'
import { cacheTags } from '@/lib/articles/cache-tags'
import { parseLocalDateTime } from '@/lib/core/dates'
import { formText } from '@/lib/core/form-data'
import { idSchema } from '@/lib/core/params'
import { renderArticle } from '@/lib/desk/markdown'
import { ForbiddenError, required } from '@/lib/auth/roles'
import { requireRole } from '@/lib/auth/session'
import { teaserParagraphsSchema } from '@/lib/desk/settings'
import { getSectionKind } from '@/lib/articles/sections'
import { maxSlugLength } from '@/lib/core/slugs'
import { lineText, multilineText } from '@/lib/core/text'
import { readImageUpload, removeUpload, storeUpload } from '@/lib/files/images'
import { parseVideoUrl, videoHostMessage } from '@/lib/articles/video'
import { mailSeatStatus } from '@/lib/programme/seat-mail'
import type { ActionState } from '@/app/_components/action-state'

type Field =
  | ArticleField
  | 'title'
  | 'lede'
  | 'language'
  | 'markdown'
  | 'metaDescription'
  | 'canonicalUrl'
  | 'publishedAt'
  | 'cover'
  | 'coverImageAlt'
export type ArticleFormState = ActionState<Field>

const maxMarkdown = 200_000
const markdownSchema = multilineText().max(maxMarkdown, 'The body is longer than 200,000 characters.')

const localDateTime = (missing: string) =>
  z.string().transform((value, context) => {
    const date = parseLocalDateTime(value)
    if (!date) context.addIssue({ code: 'custom', message: missing })
    return date ?? z.NEVER
  })

const minutesSchema = z.coerce
  .number('Enter the length in minutes.')
  .int('Enter a whole number of minutes.')
  .min(1, 'Enter the length in minutes.')
  .max(24 * 60, 'Use at most 1,440 minutes.')

/** What makes the article a talk or a seminar (a publication's PDF is a file, checked below). */
const detailsSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('article') }),
    z.object({
      kind: z.literal('talk'),
      speaker: lineText().trim().min(1, 'Name the speaker.').max(200, 'Use at most 200 characters.'),
      durationMinutes: minutesSchema,
      videoUrl: z.string().trim().max(2000, videoHostMessage).refine((value) => parseVideoUrl(value) !== null, videoHostMessage),
    }),
    z.object({
      kind: z.literal('seminar'),
      startsAt: localDateTime('Enter the date and time it starts.'),
      durationMinutes: minutesSchema,
      venue: lineText().trim().max(300, 'Use at most 300 characters.'),
      capacity: z.coerce
        .number('Enter the number of seats.')
        .int('Enter a whole number of seats.')
        .min(1, 'Offer at least one seat.')
        .max(100_000, 'Use at most 100,000 seats.'),
    }),
    z.object({ kind: z.literal('publication') }),
  ],
)

const articleSchema = z.object({
  id: z.union([z.literal('').transform(() => null), idSchema]),
  title: lineText().trim().min(1, 'Enter a title.').max(200, 'Use at most 200 characters.'),
  slug: z.string().trim().toLowerCase().max(maxSlugLength, `Use at most ${maxSlugLength} characters.`),
  lede: multilineText().trim().min(1, 'Enter a lede: a sentence or two under the title.').max(600, 'Use at most 600 characters.'),
  language: z.enum(languages, 'Choose Danish or English.'),
  sectionId: z.coerce.number('Choose a section.').int('Choose a section.').positive('Choose a section.'),
  authorId: z.coerce.number('Choose an author.').int('Choose an author.').positive('Choose an author.'),
  coauthorIds: z.array(idSchema, 'Choose co-authors from the list.').max(10, 'At most 10 co-authors.'),
  tagNames: z
    .string()
    .max(2000, 'Too many tags.')
    .transform((value) => [...new Set(value.split(',').map((tag) => tag.trim()).filter(Boolean))])
    .pipe(z.array(lineText().max(60, 'Keep each tag under 60 characters.')).max(20, 'At most 20 tags.')),
  markdown: markdownSchema.refine((value) => value.trim().length > 0, 'Write the article.'),
  metaDescription: multilineText().trim().max(300, 'Use at most 300 characters.'),
  canonicalUrl: z.union([
    z.literal('').transform(() => null),
    z.url({ protocol: /^https?$/, error: 'Enter a full http(s) address, or leave it empty.' }).max(2000),
  ]),
  publishedAt: z.union([z.literal('').transform(() => null), localDateTime('Enter a date and time, or leave it empty.')]),
  coverImageAlt: lineText().trim().max(300, 'Use at most 300 characters.'),
  intent: z.enum(articleIntents),
})

const checked = (formData: FormData, name: string) => formData.get(name) === 'on'

/** Creates or updates an article from the editor form. The role and ownership checks repeat in the DAL. */
export async function saveArticleForm(_previous: ArticleFormState, formData: FormData): Promise<ArticleFormState> {
  const viewer = await requireRole(required.desk)
  const parsed = articleSchema.safeParse({
    ...Object.fromEntries(
      ['id', 'title', 'slug', 'lede', 'language', 'sectionId', 'authorId', 'tagNames', 'markdown', 'metaDescription',
        'canonicalUrl', 'publishedAt', 'coverImageAlt', 'intent'].map((name) => [name, formText(formData, name)]),
    ),
    coauthorIds: formData.getAll('coauthorIds'),
  })
  // The section decides what the article is, and so which details the form must carry.
  // Read on its own, so that the details are checked even while other fields still have errors.
  const sectionId = idSchema.safeParse(formText(formData, 'sectionId'))
  const kind = sectionId.success ? getSectionKind(sectionId.data) : 'article'
  const details = detailsSchema.safeParse({
    kind,
    ...Object.fromEntries(['speaker', 'durationMinutes', 'videoUrl', 'startsAt', 'venue', 'capacity'].map((name) => [name, formText(formData, name)])),
  })
  const fieldErrors: NonNullable<ArticleFormState>['fieldErrors'] = {
    ...(parsed.success ? {} : z.flattenError(parsed.error).fieldErrors),
    ...(details.success ? {} : z.flattenError(details.error).fieldErrors),
  }

  const cover = formData.get('cover')
  const upload = cover instanceof File && cover.size > 0 ? await readImageUpload(cover) : null
  if (upload && !upload.ok) fieldErrors.cover = [upload.message]
  if (upload && parsed.success && !parsed.data.coverImageAlt) {
    fieldErrors.coverImageAlt = ['Describe the image for readers who cannot see it.']
  }
  const pdfFile = formData.get('pdf')
  const pdf = details.data?.kind === 'publication' && pdfFile instanceof File && pdfFile.size > 0 ? await readPdfUpload(pdfFile) : null
  if (pdf && !pdf.ok) fieldErrors.pdf = [pdf.message]
  if (!parsed.success || !details.success || Object.keys(fieldErrors).length > 0) {
    // id and intent come from the page itself, not from anything the editor typed.
    const forged = 'id' in fieldErrors || 'intent' in fieldErrors
    const message = forged ? 'That request was not understood. Reload the page and try again.' : 'Nothing was saved. Fix the fields marked below.'
    return { ok: false, message, fieldErrors }
  }

  const coverImagePath = upload?.ok ? storeUpload(upload.bytes, upload.ext) : checked(formData, 'removeCover') ? null : undefined
  const storedPdf = pdf?.ok ? { file: storeDocument(pdf.bytes), bytes: pdf.bytes.length } : undefined
  const forgetUploads = () => {
    if (coverImagePath) removeUpload(coverImagePath)
    if (storedPdf) removeDocument(storedPdf.file)
  }
  const result = saveOrForget(forgetUploads, () =>
    saveArticle(viewer, {
      ...parsed.data,
      featured: checked(formData, 'featured'),
      noindex: checked(formData, 'noindex'),
      coverImagePath,
      details: details.data.kind === 'publication' ? { kind: 'publication', pdf: storedPdf } : details.data,
    }),
  )
  if (!result.ok) {
    return { ok: false, message: result.message ?? 'Nothing was saved. Fix the fields marked below.', fieldErrors: result.fieldErrors }
  }
  if (result.previousCover) removeUpload(result.previousCover)
  if (result.previousPdf) removeDocument(result.previousPdf)
  const { id, promoted, rescheduled } = result
  if (promoted.length > 0 || rescheduled.length > 0) {
    after(() =>
      Promise.all([
        ...promoted.map((userId) => mailSeatStatus(userId, id, 'moved-up')),
        ...rescheduled.map((userId) => mailSeatStatus(userId, id, 'changed')),
      ]),
    )
  }

  // What readers see changed: the article's own page (under both slugs, if it moved) and every list. A draft that
  // stays a draft changes nothing they see.
  if (result.concernsReaders) {
    updateTag(cacheTags.article(result.slug))
    if (result.previousSlug && result.previousSlug !== result.slug) updateTag(cacheTags.article(result.previousSlug))
    updateTag(cacheTags.articleLists)
  }

  if (parsed.data.id === null) redirect(`/admin/articles/${result.id}?created=1`)
  return { ok: true, message: 'Saved.' }
}

/**
 * Runs the save; when it fails, the files stored for it are removed again. An article the viewer may not edit (only
 * reachable by a forged request) is answered as if it did not exist.
 */
function saveOrForget(forgetUploads: () => void, save: () => SaveArticleResult): SaveArticleResult {
  let result: SaveArticleResult | undefined
  try {
    result = save()
    return result
  } catch (error) {
    if (error instanceof ForbiddenError) notFound()
    throw error
  } finally {
    if (!result?.ok) forgetUploads()
  }
}

const previewSchema = z.tuple([markdownSchema, teaserParagraphsSchema])

/** The editor's live preview: the Markdown rendered and sanitised exactly as saving would, split at the teaser. */
export async function previewArticleMarkdown(markdown: unknown, teaserParagraphs: unknown) {
  await requireRole(required.desk)
  const parsed = previewSchema.safeParse([markdown, teaserParagraphs])
  if (!parsed.success) return { teaserHtml: '', bodyHtml: '', error: 'This text cannot be previewed (is it over 200,000 characters?).' }
  const { teaserHtml, bodyHtml } = renderArticle(...parsed.data)
  return { teaserHtml, bodyHtml, error: null }
}
