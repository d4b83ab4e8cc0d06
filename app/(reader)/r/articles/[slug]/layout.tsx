import type { Metadata } from 'next'
import { ReaderPartsProvider } from '@/app/_components/article/reader-parts-provider'
import { SiteChrome } from '@/app/_components/site-chrome'

// The article page for readers with a session cookie, reached only through proxy.ts's rewrite (a direct request for
// /r gets a 404 there). Static like the anonymous page, and as safe to keep: it holds public content only. The
// reader's own parts (the members-only part among them) are asked for by the browser, and the answer is for that
// reader alone (app/api/articles/[slug]/reader).
export const metadata: Metadata = { robots: { index: false, follow: false } }

type Props = { children: React.ReactNode; params: Promise<{ slug: string }> }

export default async function ReaderArticleLayout({ children, params }: Props) {
  return (
    <ReaderPartsProvider slug={(await params).slug}>
      <SiteChrome variant="reader">{children}</SiteChrome>
    </ReaderPartsProvider>
  )
}
