import 'server-only'
import { Feed } from 'feed'
import { listFeedArticles } from './queries'
import { absoluteUrl, articleUrl } from '@/lib/core/urls'
import { getSettings } from '@/lib/core/settings'

const feedLength = 30

/**
 * An RSS 2.0 feed of the latest public, indexable articles (of one section, if given): title, lede and the teaser
 * with a link to the article. The members-only part is never selected.
 */
export function buildRssFeed(options: { path: string; title?: string; sectionId?: number }): string {
  const { siteName, tagline } = getSettings()
  const items = listFeedArticles(feedLength, options.sectionId)
  const feed = new Feed({
    title: options.title ? `${options.title} · ${siteName}` : siteName,
    description: tagline,
    id: absoluteUrl('/'),
    link: absoluteUrl('/'),
    language: 'en',
    feedLinks: { rss: absoluteUrl(options.path) },
    copyright: `© ${siteName}`,
    updated: items[0]?.updatedAt,
  })
  for (const item of items) {
    const url = articleUrl(item.slug)
    feed.addItem({
      title: item.title,
      id: url,
      link: url,
      description: item.lede,
      content: `${item.teaserHtml}<p><a href="${url}">Read the whole article (free for members)</a></p>`,
      date: item.publishedAt,
      author: [{ name: item.authorName }],
      category: [{ name: item.sectionName }],
    })
  }
  return feed.rss2()
}

export function rssResponse(xml: string): Response {
  return new Response(xml, {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8', 'Cache-Control': 'public, max-age=300' },
  })
}
