import { SiteChrome } from '@/app/_components/site-chrome'

// Rendered per request with the reader's session in the header.
export const instant = false

export default function SiteLayout({ children }: { children: React.ReactNode }) {
  return <SiteChrome variant="viewer">{children}</SiteChrome>
}
