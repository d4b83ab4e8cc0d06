import { buildRssFeed, rssResponse } from '@/lib/feeds'

export function GET() {
  return rssResponse(buildRssFeed({ path: '/feed.xml' }))
}
