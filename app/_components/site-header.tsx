import Link from 'next/link'
import { Suspense } from 'react'
import { sectionPath } from '@/lib/seo'
import { getSettings } from '@/lib/settings'
import { listSections } from '@/lib/taxonomy'
import { AccountMenu } from './account-menu'

export function SiteHeader() {
  const { siteName } = getSettings()
  const sections = listSections()
  return (
    <header className="border-b border-neutral-200">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-4 px-4 py-4">
        <Link href="/" className="font-serif text-2xl font-bold text-brand">
          {siteName}
        </Link>
        <Suspense fallback={<div className="h-6 w-40" />}>
          <AccountMenu />
        </Suspense>
      </div>
      <nav aria-label="Sections" className="mx-auto max-w-5xl px-4 pb-3">
        <ul className="flex flex-wrap gap-x-6 gap-y-2 text-sm font-semibold uppercase tracking-wide">
          {sections.map((section) => (
            <li key={section.slug}>
              <Link href={sectionPath(section.slug)} className="text-muted hover:text-brand">
                {section.name}
              </Link>
            </li>
          ))}
          <li>
            <Link href="/search" className="text-muted hover:text-brand">
              Search
            </Link>
          </li>
        </ul>
      </nav>
    </header>
  )
}
