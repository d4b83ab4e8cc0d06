import Link from 'next/link'
import { FormField } from '@/app/_components/form-field'
import type { ArticleKind } from '@/db/enums'
import { maxPdfSize } from '@/lib/files/limits'

/** The stored details of a talk, seminar or publication, as the editor's field values. */
export type EditorDetails = {
  speaker: string
  talkMinutes: string
  videoUrl: string
  /** Copenhagen wall-clock time, as a datetime-local value. */
  startsAtInput: string
  seminarMinutes: string
  venue: string
  capacity: string
  pdf: { size: string; downloads: number } | null
}

type Props = {
  kind: ArticleKind
  details: EditorDetails | null
  articleId: number | null
  errors: Partial<Record<string, string[]>>
  pdfTooLarge: boolean
  /** Editors and admins see who signed up for a seminar. */
  canSeeSignups: boolean
}

/** The fields the section's kind asks for; an article in a plain section has none. */
export function KindFields({ kind, details, articleId, errors, pdfTooLarge, canSeeSignups }: Props) {
  if (kind === 'article') return null
  const legend = { talk: 'Talk', seminar: 'Seminar', publication: 'Publication' }[kind]
  return (
    <fieldset className="flex flex-col gap-3 border-t border-neutral-200 pt-4">
      <legend className="font-semibold">{legend}</legend>
      {kind === 'talk' && (
        <>
          <FormField label="Speaker" name="speaker" defaultValue={details?.speaker} errors={errors.speaker} />
          <FormField label="Length (minutes)" name="durationMinutes" type="number" min={1} defaultValue={details?.talkMinutes} errors={errors.durationMinutes} />
          <FormField
            label="Video address"
            name="videoUrl"
            type="url"
            defaultValue={details?.videoUrl}
            errors={errors.videoUrl}
            hint="YouTube or Vimeo. Members get a player that loads nothing from the video site until they press play."
          />
        </>
      )}
      {kind === 'seminar' && (
        <>
          <FormField
            label="Starts"
            name="startsAt"
            type="datetime-local"
            defaultValue={details?.startsAtInput}
            errors={errors.startsAt}
            hint="Copenhagen time."
          />
          <FormField label="Length (minutes)" name="durationMinutes" type="number" min={1} defaultValue={details?.seminarMinutes} errors={errors.durationMinutes} />
          <FormField label="Venue" name="venue" defaultValue={details?.venue} errors={errors.venue} hint="An address. Empty: online." />
          <FormField label="Seats" name="capacity" type="number" min={1} defaultValue={details?.capacity} errors={errors.capacity} hint="When they are taken, members join a waiting list." />
          {articleId !== null && canSeeSignups && (
            <Link href={`/admin/articles/${articleId}/signups`} className="text-sm font-semibold text-brand underline">
              Sign-ups and waiting list
            </Link>
          )}
        </>
      )}
      {kind === 'publication' && (
        <>
          {details?.pdf && (
            <p className="text-sm">
              Stored PDF: {details.pdf.size}, downloaded {details.pdf.downloads} {details.pdf.downloads === 1 ? 'time' : 'times'}.
            </p>
          )}
          <FormField
            label={details?.pdf ? 'Replace the PDF with' : 'PDF file'}
            name="pdf"
            type="file"
            accept="application/pdf"
            errors={pdfTooLarge ? [`The PDF is larger than ${maxPdfSize}.`] : errors.pdf}
            hint={`Up to ${maxPdfSize}. Members download it; it is never public.`}
          />
        </>
      )}
    </fieldset>
  )
}
