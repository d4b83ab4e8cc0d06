import type { MetadataRoute } from 'next'
import { absoluteUrl } from '@/lib/seo'

// Built per request from the live database and SITE_URL, not frozen at build time.
export const dynamic = 'force-dynamic'

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: '/', disallow: ['/admin', '/account', '/api'] },
    sitemap: absoluteUrl('/sitemap.xml'),
  }
}
