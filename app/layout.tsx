import type { Metadata } from 'next'
import './globals.css'
import { getSettings } from '@/lib/settings'
import { getEnv } from '@/lib/env'

// Every page reads the database and the session per request; nothing is prerendered at build time, so the build
// needs no database.
export const dynamic = 'force-dynamic'

export async function generateMetadata(): Promise<Metadata> {
  const { siteName, tagline } = getSettings()
  return {
    metadataBase: new URL(getEnv().SITE_URL),
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
