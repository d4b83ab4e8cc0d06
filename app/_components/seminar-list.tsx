import { IntentLink } from '@/app/_components/intent-link'
import { formatEventTime } from '@/lib/core/dates'
import type { listUpcomingSeminars } from '@/lib/programme/seminars'
import { articlePath } from '@/lib/core/paths'

type SeminarItem = ReturnType<typeof listUpcomingSeminars>[number]

/** Seminars with when and where, as a section of a seminar section's page. */
export function SeminarList({ title, seminars, empty }: { title: string; seminars: SeminarItem[]; empty: string }) {
  const id = `${title.toLowerCase()}-heading`
  return (
    <section aria-labelledby={id} className="mt-8">
      <h2 id={id} className="mb-4 font-serif text-2xl font-bold">
        {title}
      </h2>
      {seminars.length === 0 ? (
        <p className="text-muted">{empty}</p>
      ) : (
        <ul className="flex flex-col gap-6">
          {seminars.map((seminar) => (
            <li key={seminar.id}>
              <h3 className="font-serif text-xl font-bold">
                <IntentLink href={articlePath(seminar.slug)} className="hover:text-brand">
                  {seminar.title}
                </IntentLink>
              </h3>
              <p className="text-sm font-semibold">
                <time dateTime={seminar.startsAt.toISOString()}>{formatEventTime(seminar.startsAt, seminar.durationMinutes)}</time> ·{' '}
                {seminar.venue || 'Online'}
              </p>
              <p className="text-muted">{seminar.lede}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
