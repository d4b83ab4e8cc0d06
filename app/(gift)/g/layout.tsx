import type { Metadata } from 'next'
import { SiteChrome } from '@/app/_components/site-chrome'

// Articles opened with a gift link (`/articles/[slug]?gift=…`), reached only through proxy.ts's rewrite for readers
// without a session cookie (a direct request for /g gets a 404 there). Rendered per request, `private, no-store`,
// and never indexed: the address carries the token.
export const instant = false
export const metadata: Metadata = { robots: { index: false, follow: false } }

export default function GiftLayout({ children }: { children: React.ReactNode }) {
  return <SiteChrome variant="anonymous">{children}</SiteChrome>
}
