import { connection } from 'next/server'
import { buildRssFeed, rssResponse } from '@/lib/articles/feeds'
import { sectionPath } from '@/lib/core/paths'
import { getSectionBySlug } from '@/lib/articles/sections'

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  await connection()
  const section = getSectionBySlug((await params).slug)
  if (!section) return new Response('No such section.', { status: 404 })
  const path = `${sectionPath(section.slug)}/feed.xml`
  return rssResponse(buildRssFeed({ path, title: section.name, sectionId: section.id }))
}
