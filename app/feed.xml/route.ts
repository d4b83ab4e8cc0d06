import { connection } from 'next/server'
import { buildRssFeed, rssResponse } from '@/lib/articles/feeds'

export async function GET() {
  await connection()
  return rssResponse(buildRssFeed({ path: '/feed.xml' }))
}
