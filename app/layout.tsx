import type { Metadata } from 'next'
import './globals.css'
import { getSiteUrl } from '@/lib/core/env'
import { getCachedSettings } from '@/lib/articles/cached'

export async function generateMetadata(): Promise<Metadata> {
  const { siteName, tagline } = await getCachedSettings()
  return {
    metadataBase: new URL(getSiteUrl()),
    title: { default: siteName, template: `%s · ${siteName}` },
    description: tagline,
    alternates: { types: { 'application/rss+xml': [{ url: '/feed.xml', title: siteName }] } },
    openGraph: { siteName, type: 'website' },
    twitter: { card: 'summary_large_image' },
  }
}

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-white font-sans antialiased">{children}</body>
    </html>
  )
}
