import { LandingCapture } from './landing-capture'
import { SiteFooter } from './site-footer'
import { SiteHeader, type ChromeVariant } from './site-header'

export function SiteChrome({ variant, children }: { variant: ChromeVariant; children: React.ReactNode }) {
  return (
    <>
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:p-2">
        Skip to content
      </a>
      <SiteHeader variant={variant} />
      <main id="main" className="mx-auto max-w-5xl px-4 py-8">
        {children}
      </main>
      <SiteFooter />
      <LandingCapture />
    </>
  )
}
