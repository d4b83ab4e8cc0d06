import 'server-only'
import { and, eq } from 'drizzle-orm'
import { db } from '@/db/client'
import { articles, seminars, seminarSignups, users } from '@/db/schema'
import { seminarCalendar } from './calendar'
import { formatEventTime } from '@/lib/core/dates'
import { compose, sendMail } from '@/lib/core/mail'
import { articleUrl } from '@/lib/core/urls'
import { seminarColumns } from './seminars'
import { getSettings } from '@/lib/core/settings'

// The mails about a member's seat: signed up (with the event for their calendar), on the waiting list, moved up
// from it when a seat freed, and told when the seminar's time or place changed.

export type SeatMail = 'confirmed' | 'waiting' | 'moved-up' | 'changed'

export async function mailSeatStatus(userId: number, articleId: number, status: SeatMail): Promise<boolean> {
  const row = db
    .select({
      email: users.email,
      name: users.name,
      ...seminarColumns,
      updatedAt: articles.updatedAt,
      place: seminarSignups.status,
    })
    .from(seminars)
    .innerJoin(articles, eq(articles.id, seminars.articleId))
    .innerJoin(users, eq(users.id, userId))
    .leftJoin(seminarSignups, and(eq(seminarSignups.articleId, articleId), eq(seminarSignups.userId, userId)))
    .where(eq(seminars.articleId, articleId))
    .get()
  if (!row) return false
  const url = articleUrl(row.slug)
  const when = `${formatEventTime(row.startsAt, row.durationMinutes)} (Copenhagen time), ${row.venue || 'online'}`
  // Those with a seat get the event for their calendar; the waiting list does not, until a seat is theirs.
  const seat = status === 'confirmed' || status === 'moved-up' || (status === 'changed' && row.place === 'confirmed')
  const calendar = { filename: `${row.slug}.ics`, content: seminarCalendar({ ...row, url }, getSettings().siteName) }
  const cancelNote = 'Cannot come after all? Cancel on the seminar’s page, so that someone on the waiting list gets your seat.'
  const content: Record<SeatMail, [subject: string, paragraphs: string[]]> = {
    confirmed: [
      'You are signed up',
      [`Dear ${row.name}, you have a seat at "${row.title}".`, `When and where: ${when}. The attached event adds it to your calendar.`, cancelNote],
    ],
    'moved-up': [
      'A seat is yours',
      [`Dear ${row.name}, a seat freed up at "${row.title}", and it is yours.`, `When and where: ${when}. The attached event adds it to your calendar.`, cancelNote],
    ],
    waiting: [
      'Waiting list',
      [`Dear ${row.name}, "${row.title}" is full, so you are on the waiting list.`, `If a seat frees up before ${when}, it is yours, and we will mail you at once.`],
    ],
    changed: [
      'Changed',
      [
        `Dear ${row.name}, the time or place of "${row.title}" has changed.`,
        `It now takes place ${when}.`,
        seat ? 'Your seat is kept. The attached event updates your calendar.' : 'You are still on the waiting list; we will mail you if a seat frees up.',
      ],
    ],
  }
  const [subject, paragraphs] = content[status]
  return sendMail(compose(row.email, `${subject}: ${row.title}`, paragraphs, { url, label: 'See the seminar' }, seat ? calendar : undefined))
}
