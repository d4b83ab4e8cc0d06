import { createEvent } from 'ics'

// A seminar as an iCalendar event: the "Add to calendar" download and the invitation in the sign-up mail.

export type CalendarSeminar = {
  id: number
  title: string
  lede: string
  startsAt: Date
  durationMinutes: number
  /** Empty: online. */
  venue: string
  url: string
  /** When the seminar was last changed: a calendar replaces its copy of the event with a later one. */
  updatedAt: Date
}

export function seminarCalendar(seminar: CalendarSeminar, siteName: string): string {
  const { error, value } = createEvent({
    productId: `${siteName}//seminars`,
    method: 'PUBLISH',
    // Stable, so a calendar updates the event it already has instead of adding a second one.
    uid: `seminar-${seminar.id}@${new URL(seminar.url).hostname}`,
    title: seminar.title,
    description: `${seminar.lede}\n\n${seminar.url}`,
    location: seminar.venue || 'Online',
    url: seminar.url,
    start: seminar.startsAt.getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    duration: { minutes: seminar.durationMinutes },
    status: 'CONFIRMED',
    sequence: Math.floor(seminar.updatedAt.getTime() / 1000),
  })
  if (error || !value) throw error ?? new Error('The calendar event could not be built')
  return value
}
