import type { MetadataRoute } from 'next'
import { connection } from 'next/server'
import { absoluteUrl } from '@/lib/core/urls'

export default async function robots(): Promise<MetadataRoute.Robots> {
  // Built per request from SITE_URL, not frozen at build time.
  await connection()
  return {
    rules: { userAgent: '*', allow: '/', disallow: ['/admin', '/account', '/api'] },
    sitemap: absoluteUrl('/sitemap.xml'),
  }
}
