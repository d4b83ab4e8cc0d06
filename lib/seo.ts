import 'server-only'
import { getSiteUrl } from './env'

/** An absolute URL on this site, built from SITE_URL (never from the request's Host header). */
export function absoluteUrl(path: string): string {
  return `${getSiteUrl()}${path}`
}

export const articlePath = (slug: string) => `/articles/${slug}`
export const authorPath = (slug: string) => `/authors/${slug}`
export const sectionPath = (slug: string) => `/sections/${slug}`
export const tagPath = (slug: string) => `/tags/${slug}`
/** An uploaded file, served by app/uploads/[name]/route.ts. */
export const uploadPath = (name: string) => `/uploads/${name}`

export function articleUrl(slug: string): string {
  return absoluteUrl(articlePath(slug))
}

/** The article's Open Graph image, drawn by app/(static)/articles/[slug]/og.png/route.tsx. */
export function articleImageUrl(slug: string): string {
  return absoluteUrl(`${articlePath(slug)}/og.png`)
}

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
  categoryName: string
  tags: { name: string }[]
  walled: boolean
}

/**
 * NewsArticle structured data. A walled article says so, naming `.paywall` (the element that holds the members-only
 * part for members and the wall for everyone else), so crawlers do not take the wall for cloaking. Never articleBody.
 */
export function articleJsonLd(article: JsonLdArticle, siteName: string) {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    description: article.lede,
    image: [articleImageUrl(article.slug)],
    datePublished: article.publishedAt.toISOString(),
    dateModified: article.updatedAt.toISOString(),
    inLanguage: article.language,
    articleSection: article.categoryName,
    keywords: article.tags.map((tag) => tag.name),
    mainEntityOfPage: articleUrl(article.slug),
    author: article.authors.map((author) => ({
      '@type': 'Person',
      name: author.name,
      url: absoluteUrl(authorPath(author.slug)),
    })),
    publisher: {
      '@type': 'Organization',
      name: siteName,
      url: absoluteUrl('/'),
      logo: { '@type': 'ImageObject', url: absoluteUrl('/logo.png') },
    },
    isAccessibleForFree: !article.walled,
    ...(article.walled && {
      hasPart: { '@type': 'WebPageElement', isAccessibleForFree: false, cssSelector: '.paywall' },
    }),
  }
}
