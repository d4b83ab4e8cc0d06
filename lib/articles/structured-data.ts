import 'server-only'
import { authorPath } from '@/lib/core/paths'
import { absoluteUrl, articleImageUrl, articleUrl } from '@/lib/core/urls'
import type { KindDetails } from './queries'

/** JSON for a <script type="application/ld+json">, safe to inline: no `<` can close the script element. */
export function serializeJsonLd(data: object): string {
  return JSON.stringify(data).replace(/</g, '\\u003c')
}

type JsonLdArticle = {
  slug: string
  title: string
  lede: string
  language: string
  publishedAt: Date
  updatedAt: Date
  authors: { name: string; slug: string }[]
  sectionName: string
  tags: { name: string }[]
  walled: boolean
  details: KindDetails
}

const context = 'https://schema.org'

/**
 * Structured data for an article's page: NewsArticle, or Event for a seminar (with the WebPage it is on), VideoObject
 * for a talk and Report for a publication. A walled one says so on a CreativeWork, naming `.paywall` (the element
 * that holds the members-only part for members and the wall for everyone else), the way Google asks paywalled
 * content to be marked, so crawlers do not take the wall for cloaking. Never the members-only text, a talk's video
 * address or a PDF's.
 */
export function articleJsonLd(article: JsonLdArticle, siteName: string) {
  const url = articleUrl(article.slug)
  const publisher = {
    '@type': 'Organization',
    name: siteName,
    url: absoluteUrl('/'),
    logo: { '@type': 'ImageObject', url: absoluteUrl('/logo.png') },
  }
  const authors = article.authors.map((author) => ({
    '@type': 'Person',
    name: author.name,
    url: absoluteUrl(authorPath(author.slug)),
  }))
  const access = {
    isAccessibleForFree: !article.walled,
    ...(article.walled && {
      hasPart: { '@type': 'WebPageElement', isAccessibleForFree: false, cssSelector: '.paywall' },
    }),
  }
  const common = {
    name: article.title,
    description: article.lede,
    image: [articleImageUrl(article.slug)],
    inLanguage: article.language,
    url,
  }
  const { details } = article
  if (details.kind === 'seminar') {
    const endsAt = new Date(details.startsAt.getTime() + details.durationMinutes * 60_000)
    const event = {
      ...common,
      '@type': 'Event',
      '@id': `${url}#event`,
      startDate: details.startsAt.toISOString(),
      endDate: endsAt.toISOString(),
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: details.venue ? 'https://schema.org/OfflineEventAttendanceMode' : 'https://schema.org/OnlineEventAttendanceMode',
      location: details.venue ? { '@type': 'Place', name: details.venue, address: details.venue } : { '@type': 'VirtualLocation', url },
      organizer: publisher,
      // Free, for members: the offer is a free profile. (How many seats are left changes by the minute, so it is
      // not in this cached page.)
      offers: { '@type': 'Offer', price: 0, priceCurrency: 'DKK', url },
    }
    // Google reads the paywall markup on CreativeWork types only, and an Event is not one: the page about the
    // event says which part of it is for members.
    const page = { ...common, '@type': 'WebPage', '@id': url, mainEntity: { '@id': event['@id'] }, publisher, ...access }
    return { '@context': context, '@graph': [event, page] }
  }
  if (details.kind === 'talk') {
    return {
      '@context': context,
      ...common,
      '@type': 'VideoObject',
      thumbnailUrl: [articleImageUrl(article.slug)],
      uploadDate: article.publishedAt.toISOString(),
      duration: `PT${details.durationMinutes}M`,
      creator: { '@type': 'Person', name: details.speaker },
      publisher,
      ...access,
    }
  }
  return {
    '@context': context,
    ...common,
    '@type': details.kind === 'publication' ? 'Report' : 'NewsArticle',
    headline: article.title,
    datePublished: article.publishedAt.toISOString(),
    dateModified: article.updatedAt.toISOString(),
    articleSection: article.sectionName,
    keywords: article.tags.map((tag) => tag.name),
    mainEntityOfPage: url,
    author: authors,
    publisher,
    ...(details.kind === 'publication' && { encodingFormat: 'application/pdf' }),
    ...access,
  }
}
