import type { MetadataRoute } from 'next'
import { listSitemapArticles } from '@/lib/articles'
import { absoluteUrl, articlePath, authorPath, sectionPath, tagPath } from '@/lib/seo'
import { listAuthors, listSections, listTags } from '@/lib/taxonomy'

// Built per request from the live database and SITE_URL, not frozen at build time.
export const dynamic = 'force-dynamic'

export default function sitemap(): MetadataRoute.Sitemap {
  const articles = listSitemapArticles()
  return [
    { url: absoluteUrl('/'), lastModified: articles[0]?.updatedAt, changeFrequency: 'hourly', priority: 1 },
    ...listSections().map((section) => ({ url: absoluteUrl(sectionPath(section.slug)), changeFrequency: 'daily' as const })),
    ...articles.map((article) => ({ url: absoluteUrl(articlePath(article.slug)), lastModified: article.updatedAt })),
    ...listAuthors().map((author) => ({ url: absoluteUrl(authorPath(author.slug)) })),
    ...listTags().map((tag) => ({ url: absoluteUrl(tagPath(tag.slug)) })),
  ]
}
