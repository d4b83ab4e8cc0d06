import { seminarCalendar } from '@/lib/programme/calendar'
import { getCachedArticle, getCachedSettings } from '@/lib/articles/cached'
import { notFoundResponse } from '@/lib/core/responses'
import { articleUrl } from '@/lib/core/urls'

/** "Add to calendar": a seminar as an iCalendar event. Public, like the seminar's time and place. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const [cached, { siteName }] = await Promise.all([getCachedArticle((await params).slug, '/calendar.ics'), getCachedSettings()])
  const article = cached?.article
  if (!article || article.details.kind !== 'seminar') {
    return notFoundResponse('No such seminar.')
  }
  const { startsAt, durationMinutes, venue } = article.details
  const calendar = seminarCalendar(
    { ...article, startsAt, durationMinutes, venue, url: articleUrl(article.slug) },
    siteName,
  )
  return new Response(calendar, {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': `attachment; filename="${article.slug}.ics"`,
      'Cache-Control': 'public, max-age=300',
    },
  })
}
