import 'server-only'
import { eq } from 'drizzle-orm'
import { db } from '@/db/client'
import { articles, seminars, users } from '@/db/schema'
import { compose } from './account-mail'
import { seminarCalendar } from './calendar'
import { formatDateTime } from './dates'
import { sendMail } from './mail'
import { articleUrl } from './seo'
import { getSettings } from './settings'

// The mails about a member's seat: signed up (with the event for their calendar), on the waiting list, and moved up
// from it when a seat freed.

export type SeatMail = 'confirmed' | 'waiting' | 'moved-up'

export async function mailSeatStatus(userId: number, articleId: number, status: SeatMail): Promise<boolean> {
  const row = db
    .select({
      email: users.email,
      name: users.name,
      id: articles.id,
      slug: articles.slug,
      title: articles.title,
      lede: articles.lede,
      startsAt: seminars.startsAt,
      durationMinutes: seminars.durationMinutes,
      venue: seminars.venue,
    })
    .from(seminars)
    .innerJoin(articles, eq(articles.id, seminars.articleId))
    .innerJoin(users, eq(users.id, userId))
    .where(eq(seminars.articleId, articleId))
    .get()
  if (!row) return false
  const url = articleUrl(row.slug)
  const when = `${formatDateTime(row.startsAt)} (Copenhagen time), ${row.venue || 'online'}`
  const calendar = { filename: `${row.slug}.ics`, content: seminarCalendar({ ...row, url }, getSettings().siteName) }
  const link = { url, label: 'See the seminar' }
  const mail =
    status === 'waiting'
      ? compose(row.email, `Waiting list: ${row.title}`, [
          `Dear ${row.name}, "${row.title}" is full, so you are on the waiting list.`,
          `If a seat frees up before ${when}, it is yours, and we will mail you at once.`,
        ], link)
      : compose(
          row.email,
          `${status === 'moved-up' ? 'A seat is yours' : 'You are signed up'}: ${row.title}`,
          [
            status === 'moved-up'
              ? `Dear ${row.name}, a seat freed up at "${row.title}", and it is yours.`
              : `Dear ${row.name}, you have a seat at "${row.title}".`,
            `When and where: ${when}. The attached event adds it to your calendar.`,
            'Cannot come after all? Cancel on the seminar’s page, so that someone on the waiting list gets your seat.',
          ],
          link,
          calendar,
        )
  return sendMail(mail)
}
