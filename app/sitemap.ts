import type { MetadataRoute } from 'next'
import { connection } from 'next/server'
import { listSitemapArticles } from '@/lib/articles/queries'
import { articlePath, authorPath, sectionPath, tagPath } from '@/lib/core/paths'
import { absoluteUrl } from '@/lib/core/urls'
import { listAuthors } from '@/lib/articles/authors'
import { listSections } from '@/lib/articles/sections'
import { listTags } from '@/lib/articles/tags'

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  // Built per request from the live database, not frozen at build time.
  await connection()
  const articles = listSitemapArticles()
  return [
    { url: absoluteUrl('/'), lastModified: articles[0]?.updatedAt, changeFrequency: 'hourly', priority: 1 },
    ...listSections().map((section) => ({ url: absoluteUrl(sectionPath(section.slug)), changeFrequency: 'daily' as const })),
    ...articles.map((article) => ({ url: absoluteUrl(articlePath(article.slug)), lastModified: article.updatedAt })),
    ...listAuthors().map((author) => ({ url: absoluteUrl(authorPath(author.slug)) })),
    ...listTags().map((tag) => ({ url: absoluteUrl(tagPath(tag.slug)) })),
  ]
}
