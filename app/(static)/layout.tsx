import { SiteChrome } from '@/app/_components/site-chrome'

// The pages every reader without a session cookie gets: static, served from the cache, reading nothing from the
// request. proxy.ts sends readers with a session cookie to the member variants under app/(member)/m.
export default function StaticLayout({ children }: { children: React.ReactNode }) {
  return <SiteChrome variant="anonymous">{children}</SiteChrome>
}
