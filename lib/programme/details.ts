import 'server-only'
import { count, eq, sql } from 'drizzle-orm'
import { z } from 'zod'
import { db, type Tx } from '@/db/client'
import { publications, seminars, seminarSignups, talks, type ArticleKind } from '@/db/schema'
import { parseVideoUrl, videoHostMessage } from '@/lib/articles/video'
import { parseLocalDateTime } from '@/lib/core/dates'
import { lineText } from '@/lib/core/text'
import { countTakenSeats, fillFreeSeats } from './seats'

// The details that make an article a talk, a seminar or a publication: read for the editor, checked and written in
// the article's own save transaction (lib/desk/save-article.ts).

export type KindDetailsInput =
  | { kind: 'article' }
  | { kind: 'talk'; speaker: string; durationMinutes: number; videoUrl: string }
  | { kind: 'seminar'; startsAt: Date; durationMinutes: number; venue: string; capacity: number }
  /** `pdf`: a newly stored PDF, or undefined to keep the one there is. */
  | { kind: 'publication'; pdf: { file: string; bytes: number } | undefined }

export type KindField = 'sectionId' | 'speaker' | 'durationMinutes' | 'videoUrl' | 'startsAt' | 'venue' | 'capacity' | 'pdf'

const minutesSchema = z.coerce
  .number('Enter the length in minutes.')
  .int('Enter a whole number of minutes.')
  .min(1, 'Enter the length in minutes.')
  .max(24 * 60, 'Use at most 1,440 minutes.')

const startsAtSchema = z.string().transform((value, context) => {
  const date = parseLocalDateTime(value)
  if (!date) context.addIssue({ code: 'custom', message: 'Enter the date and time it starts.' })
  return date ?? z.NEVER
})

/** The editor's fields for each kind (a publication's PDF is a file, checked with the upload). */
const detailsSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('article') }),
  z.object({
    kind: z.literal('talk'),
    speaker: lineText().trim().min(1, 'Name the speaker.').max(200, 'Use at most 200 characters.'),
    durationMinutes: minutesSchema,
    videoUrl: z.string().trim().max(2000, videoHostMessage).refine((value) => parseVideoUrl(value) !== null, videoHostMessage),
  }),
  z.object({
    kind: z.literal('seminar'),
    startsAt: startsAtSchema,
    durationMinutes: minutesSchema,
    venue: lineText().trim().max(300, 'Use at most 300 characters.'),
    capacity: z.coerce
      .number('Enter the number of seats.')
      .int('Enter a whole number of seats.')
      .min(1, 'Offer at least one seat.')
      .max(100_000, 'Use at most 100,000 seats.'),
  }),
  z.object({ kind: z.literal('publication') }),
])

type DetailFields = Record<'speaker' | 'durationMinutes' | 'videoUrl' | 'startsAt' | 'venue' | 'capacity', string>
type ParsedDetails = z.output<typeof detailsSchema>

/** The details the section's kind asks for, from the editor's fields, or what is wrong with them. */
export function parseKindDetails(
  kind: ArticleKind,
  fields: DetailFields,
): { ok: true; details: ParsedDetails } | { ok: false; fieldErrors: Partial<Record<KindField, string[]>> } {
  const parsed = detailsSchema.safeParse({ ...fields, kind })
  if (parsed.success) return { ok: true, details: parsed.data }
  return { ok: false, fieldErrors: z.flattenError(parsed.error).fieldErrors as Partial<Record<KindField, string[]>> }
}

/** What the editor form shows for the article's kind. */
export function getKindDetails(articleId: number) {
  return {
    talk: db.select().from(talks).where(eq(talks.articleId, articleId)).get() ?? null,
    seminar: db.select().from(seminars).where(eq(seminars.articleId, articleId)).get() ?? null,
    publication: db.select().from(publications).where(eq(publications.articleId, articleId)).get() ?? null,
  }
}

/** The checks that need the stored record: run inside the save transaction, before anything is written. */
export function checkKindDetails(
  tx: Tx,
  articleId: number | null,
  input: KindDetailsInput,
  now: Date,
): Partial<Record<KindField, string[]>> {
  const stored = articleId === null ? null : tx.select().from(seminars).where(eq(seminars.articleId, articleId)).get()
  if (input.kind !== 'seminar' && stored) {
    const signups = tx.select({ n: count() }).from(seminarSignups).where(eq(seminarSignups.articleId, stored.articleId)).get()!.n
    if (signups > 0) return { sectionId: ['Members have signed up for this seminar, so it stays in a seminar section.'] }
  }
  if (input.kind === 'seminar') {
    const moved = !stored || stored.startsAt.getTime() !== input.startsAt.getTime()
    if (moved && input.startsAt <= now) return { startsAt: ['Choose a date and time still to come.'] }
    const seated = stored ? countTakenSeats(tx, stored.articleId) : 0
    if (input.capacity < seated) return { capacity: [`${seated} members hold seats: offer at least ${seated}.`] }
  }
  if (input.kind === 'publication' && !input.pdf) {
    const hasPdf = articleId !== null && tx.select().from(publications).where(eq(publications.articleId, articleId)).get()
    if (!hasPdf) return { pdf: ['Upload the PDF.'] }
  }
  return {}
}

export type KindWriteResult = {
  /** The PDF file this save replaced or dropped, to delete once the transaction has committed. */
  previousPdf: string | null
  /** Members who moved up from a seminar's waiting list because the capacity grew. */
  promoted: number[]
  /** Members signed up for a seminar whose time or place changed, to be told. */
  rescheduled: number[]
}

/** Writes the article's details for its kind and drops those of any other kind it had. */
export function writeKindDetails(tx: Tx, articleId: number, input: KindDetailsInput): KindWriteResult {
  const storedPdf = tx.select({ file: publications.pdfFile }).from(publications).where(eq(publications.articleId, articleId)).get()
  if (input.kind !== 'talk') tx.delete(talks).where(eq(talks.articleId, articleId)).run()
  if (input.kind !== 'seminar') tx.delete(seminars).where(eq(seminars.articleId, articleId)).run()
  if (input.kind !== 'publication') tx.delete(publications).where(eq(publications.articleId, articleId)).run()

  if (input.kind === 'talk') {
    const { speaker, durationMinutes, videoUrl } = input
    tx.insert(talks)
      .values({ articleId, speaker, durationMinutes, videoUrl })
      .onConflictDoUpdate({ target: talks.articleId, set: { speaker, durationMinutes, videoUrl } })
      .run()
  }
  if (input.kind === 'seminar') {
    const { startsAt, durationMinutes, venue, capacity } = input
    const before = tx.select().from(seminars).where(eq(seminars.articleId, articleId)).get()
    const moved =
      before !== undefined &&
      (before.startsAt.getTime() !== startsAt.getTime() || before.durationMinutes !== durationMinutes || before.venue !== venue)
    const rescheduled = moved
      ? tx.select({ userId: seminarSignups.userId }).from(seminarSignups).where(eq(seminarSignups.articleId, articleId)).all()
      : []
    tx.insert(seminars)
      .values({ articleId, startsAt, durationMinutes, venue, capacity })
      .onConflictDoUpdate({ target: seminars.articleId, set: { startsAt, durationMinutes, venue, capacity } })
      .run()
    const promoted = fillFreeSeats(tx, articleId)
    return { previousPdf: null, promoted, rescheduled: rescheduled.map((signup) => signup.userId).filter((id) => !promoted.includes(id)) }
  }
  if (input.kind === 'publication' && input.pdf) {
    const { file: pdfFile, bytes: pdfBytes } = input.pdf
    tx.insert(publications)
      .values({ articleId, pdfFile, pdfBytes })
      .onConflictDoUpdate({ target: publications.articleId, set: { pdfFile, pdfBytes } })
      .run()
  }
  const keptPdf = input.kind === 'publication' && !input.pdf
  return { previousPdf: storedPdf && !keptPdf ? storedPdf.file : null, promoted: [], rescheduled: [] }
}

/** Counts a member's download of the publication's PDF. */
export function countDownload(articleId: number) {
  db.update(publications)
    .set({ downloads: sql`${publications.downloads} + 1` })
    .where(eq(publications.articleId, articleId))
    .run()
}
