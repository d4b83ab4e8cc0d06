import Link from 'next/link'
import { FormField } from '@/app/_components/form-field'
import type { ArticleKind } from '@/db/enums'
import type { ArticleFormValues } from '@/lib/desk/article-form'
import { maxPdfSize } from '@/lib/files/limits'

/** A publication's stored PDF: its size for people, and how often members downloaded it. */
export type StoredPdf = { size: string; downloads: number }

type Props = {
  kind: ArticleKind
  values: ArticleFormValues
  pdf: StoredPdf | null
  articleId: number | null
  errors: Partial<Record<string, string[]>>
  pdfTooLarge: boolean
  /** Editors and admins see who signed up for a seminar. */
  canSeeSignups: boolean
}

/** The fields the section's kind asks for; an article in a plain section has none. */
export function KindFields({ kind, values, pdf, articleId, errors, pdfTooLarge, canSeeSignups }: Props) {
  if (kind === 'article') return null
  const legend = { talk: 'Talk', seminar: 'Seminar', publication: 'Publication' }[kind]
  return (
    <fieldset className="flex flex-col gap-3 border-t border-neutral-200 pt-4">
      <legend className="font-semibold">{legend}</legend>
      {kind === 'talk' && (
        <>
          <FormField label="Speaker" name="speaker" defaultValue={values.speaker} errors={errors.speaker} />
          <FormField label="Length (minutes)" name="durationMinutes" type="number" min={1} defaultValue={values.durationMinutes} errors={errors.durationMinutes} />
          <FormField
            label="Video address"
            name="videoUrl"
            type="url"
            defaultValue={values.videoUrl}
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
            defaultValue={values.startsAt}
            errors={errors.startsAt}
            hint="Copenhagen time."
          />
          <FormField label="Length (minutes)" name="durationMinutes" type="number" min={1} defaultValue={values.durationMinutes} errors={errors.durationMinutes} />
          <FormField label="Venue" name="venue" defaultValue={values.venue} errors={errors.venue} hint="An address. Empty: online." />
          <FormField label="Seats" name="capacity" type="number" min={1} defaultValue={values.capacity} errors={errors.capacity} hint="When they are taken, members join a waiting list." />
          {articleId !== null && canSeeSignups && (
            <Link href={`/admin/articles/${articleId}/signups`} className="text-sm font-semibold text-brand underline">
              Sign-ups and waiting list
            </Link>
          )}
        </>
      )}
      {kind === 'publication' && (
        <>
          {pdf && (
            <p className="text-sm">
              Stored PDF: {pdf.size}, downloaded {pdf.downloads} {pdf.downloads === 1 ? 'time' : 'times'}.
            </p>
          )}
          <FormField
            label={pdf ? 'Replace the PDF with' : 'PDF file'}
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
