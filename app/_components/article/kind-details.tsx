import { IntentLink } from '@/app/_components/intent-link'
import type { KindDetails } from '@/lib/articles/queries'
import { formatEventTime } from '@/lib/core/dates'
import { articlePath, loginPath } from '@/lib/core/paths'
import { formatMegabytes } from '@/lib/files/limits'

/** The public facts of a talk, a seminar or a publication, under the byline. */
export function KindFacts({ details, slug, past }: { details: KindDetails; slug: string; past: boolean }) {
  if (details.kind === 'article') return null
  return (
    <dl lang="en" className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 rounded border border-neutral-200 bg-neutral-50 p-4 text-sm">
      {details.kind === 'talk' && (
        <>
          <dt className="font-semibold">Speaker</dt>
          <dd>{details.speaker}</dd>
          <dt className="font-semibold">Length</dt>
          <dd>{details.durationMinutes} minutes</dd>
        </>
      )}
      {details.kind === 'seminar' && (
        <>
          <dt className="font-semibold">When</dt>
          <dd>
            <time dateTime={details.startsAt.toISOString()}>{formatEventTime(details.startsAt, details.durationMinutes)}</time>{' '}
            (Copenhagen time){past && ' · This seminar has taken place.'}
          </dd>
          <dt className="font-semibold">Where</dt>
          <dd>{details.venue || 'Online'}</dd>
          <dt className="font-semibold">Seats</dt>
          <dd>{details.capacity}, free for members</dd>
          {!past && (
            <>
              <dt className="sr-only">Calendar</dt>
              <dd className="col-span-2">
                <a href={`${articlePath(slug)}/calendar.ics`} className="font-semibold text-brand underline">
                  Add to calendar (.ics)
                </a>
              </dd>
            </>
          )}
        </>
      )}
      {details.kind === 'publication' && (
        <>
          <dt className="font-semibold">Format</dt>
          <dd>PDF, {formatMegabytes(details.pdfBytes)}, free for members</dd>
        </>
      )}
    </dl>
  )
}

/** The seminar's sign-up line on the static page: readers without a session log in first and come back. */
export function SeminarLoginLine({ slug }: { slug: string }) {
  return (
    <p lang="en" className="mt-4 text-sm">
      <IntentLink href={loginPath(articlePath(slug))} className="font-semibold text-brand underline">
        Log in to sign up
      </IntentLink>{' '}
      (a free profile is all it takes).
    </p>
  )
}
