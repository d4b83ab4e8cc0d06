import 'server-only'
import { cacheLife, cacheTag } from 'next/cache'
import { getArticleBySlug, getNextScheduledAt, listFeaturedArticles, listLatestArticles, listMoreArticles } from './queries'
import { cacheTags } from './cache-tags'
import { getLikeState } from './likes'
import { getSettings } from '@/lib/core/settings'
import { isSlug } from '@/lib/core/slugs'
import { listSections } from './sections'

// Cached reads of what every reader sees alike. Nothing here takes a viewer or returns members-only text, so
// these results may sit in a shared cache and in the static pages built from them. Each is tagged with what
// invalidates it (lib/articles/cache-tags.ts). A scheduled article becomes public when its time comes, with no write to
// invalidate anything, so whatever lists articles or may answer 404 also ends its life at that moment.

/** Ends the cache entry being built when the next scheduled article goes public, if that is sooner. */
function expireAtNextScheduled() {
  const next = getNextScheduledAt()
  if (next) cacheLife({ revalidate: Math.max(1, Math.ceil((next.getTime() - Date.now()) / 1000)) })
}

export async function getCachedSettings() {
  'use cache'
  cacheLife('minutes')
  cacheTag(cacheTags.settings)
  return getSettings()
}

export async function getCachedSections() {
  'use cache'
  cacheLife('minutes')
  cacheTag(cacheTags.sections)
  return listSections()
}

export async function getCachedHome() {
  'use cache'
  cacheLife('minutes')
  expireAtNextScheduled()
  cacheTag(cacheTags.articleLists)
  const featured = listFeaturedArticles(3)
  const featuredIds = new Set(featured.map((article) => article.id))
  const latest = listLatestArticles(12 + featured.length)
    .filter((article) => !featuredIds.has(article.id))
    .slice(0, 12)
  return { featured, latest }
}

export async function getCachedLatest(limit: number) {
  'use cache'
  cacheLife('minutes')
  expireAtNextScheduled()
  cacheTag(cacheTags.articleLists)
  return listLatestArticles(limit)
}

/** An article's public shell and its More list, or null when readers may not see it. */
export async function getCachedArticle(slug: string) {
  // What cannot be a slug gets no cache entry (and would make an overlong tag).
  return isSlug(slug) ? getCachedPublicArticle(slug) : null
}

async function getCachedPublicArticle(slug: string) {
  'use cache'
  cacheLife('minutes')
  expireAtNextScheduled()
  cacheTag(cacheTags.article(slug), cacheTags.articleLists)
  const article = getArticleBySlug(slug)
  if (!article) return null
  // A seminar's page changes when it starts (no more sign-ups), so it is not kept, not even stale, past that moment.
  const startsIn = article.details.kind === 'seminar' ? article.details.startsAt.getTime() - Date.now() : 0
  if (startsIn > 0) {
    const seconds = Math.max(1, Math.ceil(startsIn / 1000))
    cacheLife({ revalidate: seconds, expire: seconds })
  }
  return { article, more: listMoreArticles(article), seminarClosed: article.details.kind === 'seminar' && startsIn <= 0 }
}

/** How many members like the article; the same for every anonymous reader. */
export async function getCachedLikeCount(articleId: number) {
  'use cache'
  cacheLife('minutes')
  cacheTag(cacheTags.likes(articleId))
  return getLikeState(articleId, null).count
}
