import type { Metadata } from 'next'

/** The metadata of a paginated listing (a section, a tag, an author): page 2 and on name their page. */
export function listingMetadata({
  title,
  description,
  path,
  page,
  type = 'website',
  feed,
}: {
  title: string
  description: string
  path: string
  page: number
  type?: 'website' | 'profile'
  feed?: string
}): Metadata {
  return {
    title: page > 1 ? `${title} (page ${page})` : title,
    description,
    alternates: {
      canonical: page > 1 ? `${path}?page=${page}` : path,
      ...(feed && { types: { 'application/rss+xml': feed } }),
    },
    openGraph: { type, title, description, url: path },
  }
}
