import 'server-only'
import { getSiteUrl } from './env'
import { articlePath } from './paths'

/** An absolute URL on this site, built from SITE_URL (never from the request's Host header). */
export function absoluteUrl(path: string): string {
  return `${getSiteUrl()}${path}`
}

export function articleUrl(slug: string): string {
  return absoluteUrl(articlePath(slug))
}

/** The article's Open Graph image, drawn by app/(static)/articles/[slug]/og.png/route.tsx. */
export function articleImageUrl(slug: string): string {
  return absoluteUrl(`${articlePath(slug)}/og.png`)
}
