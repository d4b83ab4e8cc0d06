import { IntentLink } from '@/app/_components/intent-link'
import { getCachedSections, getCachedSettings } from '@/lib/articles/cached'
import { sectionPath } from '@/lib/core/paths'
import { AccountMenu } from './account-menu/account-menu'
import { AnonymousMenu } from './account-menu/anonymous-menu'
import { ReaderMenu } from './account-menu/reader-menu'
import { SessionMenu } from './account-menu/session-menu'

export type ChromeVariant = 'anonymous' | 'viewer' | 'reader' | 'unknown'

/**
 * `anonymous`: the static pages served to readers without a session cookie; reads nothing from the request.
 * `viewer`: the account menu shows the reader's session. Layouts using it render per request (`instant = false`),
 * so a page below can still answer 404 before anything is sent.
 * `reader`: the static article page for readers with a session cookie: the menu comes from the reader's parts.
 * `unknown`: a static page any reader may get (the not-found page): the browser asks who is signed in.
 */
export async function SiteHeader({ variant }: { variant: ChromeVariant }) {
  const [{ siteName }, sections] = await Promise.all([getCachedSettings(), getCachedSections()])
  return (
    <header className="border-b border-neutral-200">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-4 px-4 py-4">
        <IntentLink href="/" className="font-serif text-2xl font-bold text-brand">
          {siteName}
        </IntentLink>
        {{ anonymous: <AnonymousMenu />, viewer: <AccountMenu />, reader: <ReaderMenu />, unknown: <SessionMenu /> }[variant]}
      </div>
      <nav aria-label="Sections" className="mx-auto max-w-5xl px-4 pb-3">
        <ul className="flex flex-wrap gap-x-6 gap-y-2 text-sm font-semibold uppercase tracking-wide">
          {sections.map((section) => (
            <li key={section.slug}>
              <IntentLink href={sectionPath(section.slug)} className="text-muted hover:text-brand">
                {section.name}
              </IntentLink>
            </li>
          ))}
          <li>
            <IntentLink href="/search" className="text-muted hover:text-brand">
              Search
            </IntentLink>
          </li>
        </ul>
      </nav>
    </header>
  )
}
