import type { Metadata } from 'next'
import Link from 'next/link'
import { LogOutButton } from '@/app/_components/log-out-button'
import { hasRole, required } from '@/lib/auth/roles'
import { requireRole } from '@/lib/auth/session'
import { getSettings } from '@/lib/core/settings'

// Staff pages are rendered per request for the signed-in viewer, and never indexed.
export const instant = false

export const metadata: Metadata = {
  title: { default: 'Desk', template: '%s · Desk' },
  robots: { index: false, follow: false },
}

const sections = [
  { href: '/admin', label: 'Dashboard', min: required.dashboard },
  { href: '/admin/articles', label: 'Articles', min: required.desk },
  { href: '/admin/conversion', label: 'Conversion', min: required.conversion },
  { href: '/admin/newsletters', label: 'Newsletters', min: required.newsletters },
  { href: '/admin/users', label: 'Users', min: required.users },
  { href: '/admin/sections', label: 'Sections', min: required.sections },
  { href: '/admin/settings', label: 'Settings', min: required.settings },
  { href: '/admin/audit', label: 'Audit log', min: required.audit },
  { href: '/admin/outbox', label: 'Outbox', min: required.outbox },
] as const

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const viewer = await requireRole(required.desk)
  const { siteName } = getSettings()
  return (
    <>
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:p-2">
        Skip to content
      </a>
      <header className="border-b border-neutral-200 bg-neutral-50">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-3">
          <p className="font-serif text-lg font-bold">
            <Link href="/admin" className="text-brand">
              {siteName}
            </Link>{' '}
            <span className="text-muted">· Desk</span>
          </p>
          <div className="flex items-center gap-3 text-sm">
            <Link href="/" className="underline">
              View site
            </Link>
            <span>
              {viewer.name} ({viewer.role})
            </span>
            <LogOutButton />
          </div>
        </div>
        <nav aria-label="Desk" className="mx-auto max-w-6xl px-4 pb-2">
          <ul className="flex flex-wrap gap-x-6 gap-y-1 text-sm font-semibold">
            {sections
              .filter((section) => hasRole(viewer.role, section.min))
              .map((section) => (
                <li key={section.href}>
                  <Link href={section.href} className="text-muted hover:text-brand">
                    {section.label}
                  </Link>
                </li>
              ))}
          </ul>
        </nav>
      </header>
      <main id="main" className="mx-auto max-w-6xl px-4 py-8">
        {children}
      </main>
    </>
  )
}
