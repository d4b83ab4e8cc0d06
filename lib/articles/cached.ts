import 'server-only'
import { cacheLife, cacheTag } from 'next/cache'
import { permanentRedirect } from 'next/navigation'
import { getArticleBySlug, getMovedArticleSlug, getNextScheduledAt, listFeaturedArticles, listLatestArticles, listMoreArticles } from './queries'
import { cacheTags } from './cache-tags'
import { getLikeState } from './likes'
import { articlePath } from '@/lib/core/paths'
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

/**
 * An article's public shell and its More list, or null when readers may not see it. An old address of a public
 * article answers a permanent redirect (308) to its address now, followed by `suffix` (a route under the article,
 * such as /og.png); a page that redirects is cached like any other, with the redirect.
 */
export async function getCachedArticle(slug: string, suffix = '') {
  // What cannot be a slug gets no cache entry (and would make an overlong tag).
  const cached = isSlug(slug) ? await getCachedPublicArticle(slug) : null
  if (cached?.movedTo !== undefined) permanentRedirect(articlePath(cached.movedTo) + suffix)
  return cached
}

async function getCachedPublicArticle(slug: string) {
  'use cache'
  cacheLife('minutes')
  cacheTag(cacheTags.article(slug))
  const article = getArticleBySlug(slug)
  const movedTo = article ? null : getMovedArticleSlug(slug)
  if (movedTo) {
    // An old address lasts as long as the article's own entry: when the article moves on or leaves the site, this
    // goes too. Lists and schedules do not change where it points.
    cacheTag(cacheTags.article(movedTo))
    return { movedTo }
  }
  expireAtNextScheduled()
  cacheTag(cacheTags.articleLists)
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
