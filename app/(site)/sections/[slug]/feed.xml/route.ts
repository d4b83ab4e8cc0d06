import { connection } from 'next/server'
import { buildRssFeed, rssResponse } from '@/lib/feeds'
import { sectionPath } from '@/lib/seo'
import { getSectionBySlug } from '@/lib/taxonomy'

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  await connection()
  const section = getSectionBySlug((await params).slug)
  if (!section) return new Response('No such section.', { status: 404 })
  const path = `${sectionPath(section.slug)}/feed.xml`
  return rssResponse(buildRssFeed({ path, title: section.name, categoryId: section.id }))
}
