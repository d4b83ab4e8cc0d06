import type { Metadata } from 'next'
import { SiteChrome } from '@/app/_components/site-chrome'

// The member variant of the front page, reached only through proxy.ts's rewrite for requests with a session cookie
// (a direct request for /m gets a 404 there). It checks the session itself: without a valid one it shows what an
// anonymous reader sees. (An article's variant for them is static: app/(reader).)
export const instant = false
export const metadata: Metadata = { robots: { index: false, follow: false } }

export default function MemberLayout({ children }: { children: React.ReactNode }) {
  return <SiteChrome variant="viewer">{children}</SiteChrome>
}
