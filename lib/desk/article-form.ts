import { z } from 'zod'
import { languages } from '@/db/enums'
import type { ActionState } from '@/lib/core/action-state'
import { parseLocalDateTime, toLocalDateTimeInput } from '@/lib/core/dates'
import { checkboxSchema, idSchema, optionalIdSchema } from '@/lib/core/params'
import { maxSlugLength } from '@/lib/core/slugs'
import { lineText, multilineText } from '@/lib/core/text'
import { maxImageBytes, maxImageSize, maxPdfBytes, maxPdfSize } from '@/lib/files/limits'
import { articleIntents } from './article-status'
import type { Collision } from './edit-collision'

// The article as the editor's form sends it, written once: the action parses the form with articleFormSchema,
// the data layer saves what it outputs (lib/desk/save-article.ts), and the editor's fields are named and filled
// from it (ArticleFormValues).

const maxMarkdown = 200_000
export const markdownSchema = multilineText().max(maxMarkdown, 'The body is longer than 200,000 characters.')

/** A wall-clock time in Copenhagen, as a datetime-local field sends it. */
export const localDateTime = (missing: string) =>
  z.string().transform((value, context) => {
    const date = parseLocalDateTime(value)
    if (!date) context.addIssue({ code: 'custom', message: missing })
    return date ?? z.NEVER
  })

const orNull = <T extends z.ZodType>(schema: T) => z.union([z.literal('').transform(() => null), schema])
const choose = (what: string) => z.coerce.number(`Choose ${what}.`).int(`Choose ${what}.`).positive(`Choose ${what}.`)

export const articleFormSchema = z.object({
  id: optionalIdSchema,
  /** The version of the article the editor was opened at (empty for a new one): a save from an older one is refused. */
  version: optionalIdSchema,
  title: lineText().trim().min(1, 'Enter a title.').max(200, 'Use at most 200 characters.'),
  /** Empty: made from the title. */
  slug: z.string().trim().toLowerCase().max(maxSlugLength, `Use at most ${maxSlugLength} characters.`),
  /** The slug the editor confirmed taking although it is another article's old address (lib/desk/article-addresses.ts). */
  releaseSlug: z.string().trim().toLowerCase().max(maxSlugLength),
  lede: multilineText().trim().min(1, 'Enter a lede: a sentence or two under the title.').max(600, 'Use at most 600 characters.'),
  language: z.enum(languages, 'Choose Danish or English.'),
  sectionId: choose('a section'),
  authorId: choose('an author'),
  coauthorIds: z.array(idSchema, 'Choose co-authors from the list.').max(10, 'At most 10 co-authors.'),
  tagNames: z
    .string()
    .max(2000, 'Too many tags.')
    .transform((value) => [...new Set(value.split(',').map((tag) => tag.trim()).filter(Boolean))])
    .pipe(z.array(lineText().max(60, 'Keep each tag under 60 characters.')).max(20, 'At most 20 tags.')),
  markdown: markdownSchema.refine((value) => value.trim().length > 0, 'Write the article.'),
  metaDescription: multilineText().trim().max(300, 'Use at most 300 characters.'),
  canonicalUrl: orNull(z.url({ protocol: /^https?$/, error: 'Enter a full http(s) address, or leave it empty.' }).max(2000)),
  /** Empty: now, when it is published. */
  publishedAt: orNull(localDateTime('Enter a date and time, or leave it empty.')),
  featured: checkboxSchema,
  noindex: checkboxSchema,
  cover: z.file().max(maxImageBytes, `The image is larger than ${maxImageSize}.`).optional(),
  coverImageAlt: lineText().trim().max(300, 'Use at most 300 characters.'),
  removeCover: checkboxSchema,
  // What makes the article a talk, a seminar or a publication. Its section decides which apply, so they are
  // checked when it is saved (lib/programme/details.ts), against the section the article is saved into.
  speaker: z.string(),
  durationMinutes: z.string(),
  videoUrl: z.string(),
  startsAt: z.string(),
  venue: z.string(),
  capacity: z.string(),
  pdf: z.file().max(maxPdfBytes, `The PDF is larger than ${maxPdfSize}.`).optional(),
  intent: z.enum(articleIntents),
})

/** What the editor's form sends, parsed: the input of saveArticleForm in lib/desk/save-article.ts. */
export type ArticleForm = z.output<typeof articleFormSchema>
export type ArticleFormField = keyof ArticleForm & string
/**
 * The save action's answer: the common state, the version a successful save made (the form's next save starts
 * from it), or a collision with a newer save.
 */
export type ArticleFormState = NonNullable<ActionState<ArticleFormField>> & { version?: number; collision?: Collision }

/** The fields a page sets itself: a failure there is a forged or stale request, not a typing error. */
export const articleFormHidden = ['id', 'version', 'intent'] satisfies ArticleFormField[]

type CheckboxField = 'featured' | 'noindex' | 'removeCover'
type TextField = Exclude<ArticleFormField, CheckboxField | 'coauthorIds' | 'cover' | 'pdf' | 'releaseSlug' | (typeof articleFormHidden)[number]>

/** What the editor's fields show for a stored article: text as typed, ticks and the chosen co-authors. */
export type ArticleFormValues = Record<TextField, string> & Record<Exclude<CheckboxField, 'removeCover'>, boolean> & { coauthorIds: number[] }

export type StoredArticle = {
  title: string
  slug: string
  lede: string
  language: string
  sectionId: number
  authorId: number
  coauthorIds: number[]
  tagNames: string[]
  sourceMarkdown: string
  metaDescription: string
  canonicalUrl: string | null
  publishedAt: Date | null
  featured: boolean
  noindex: boolean
  coverImageAlt: string | null
  talk: { speaker: string; durationMinutes: number; videoUrl: string } | null
  seminar: { startsAt: Date; durationMinutes: number; venue: string; capacity: number } | null
}

/** The stored article as the editor's field values. */
export function articleFormValues(article: StoredArticle): ArticleFormValues {
  const { talk, seminar } = article
  return {
    title: article.title,
    slug: article.slug,
    lede: article.lede,
    language: article.language,
    sectionId: String(article.sectionId),
    authorId: String(article.authorId),
    coauthorIds: article.coauthorIds,
    tagNames: article.tagNames.join(', '),
    markdown: article.sourceMarkdown,
    metaDescription: article.metaDescription,
    canonicalUrl: article.canonicalUrl ?? '',
    publishedAt: article.publishedAt ? toLocalDateTimeInput(article.publishedAt) : '',
    featured: article.featured,
    noindex: article.noindex,
    coverImageAlt: article.coverImageAlt ?? '',
    speaker: talk?.speaker ?? '',
    durationMinutes: String(talk?.durationMinutes ?? seminar?.durationMinutes ?? ''),
    videoUrl: talk?.videoUrl ?? '',
    startsAt: seminar ? toLocalDateTimeInput(seminar.startsAt).slice(0, 16) : '',
    venue: seminar?.venue ?? '',
    capacity: seminar ? String(seminar.capacity) : '',
  }
}

/** The values of a new article's form. */
export const newArticleFormValues: ArticleFormValues = {
  title: '',
  slug: '',
  lede: '',
  language: 'en',
  sectionId: '',
  authorId: '',
  coauthorIds: [],
  tagNames: '',
  markdown: '',
  metaDescription: '',
  canonicalUrl: '',
  publishedAt: '',
  featured: false,
  noindex: false,
  coverImageAlt: '',
  speaker: '',
  durationMinutes: '',
  videoUrl: '',
  startsAt: '',
  venue: '',
  capacity: '',
}
