import Link from 'next/link'
import { hasRole, required } from '@/lib/auth/roles'
import { getViewer } from '@/lib/auth/session'
import { LogOutButton } from './log-out-button'

/** What a reader without a session sees; the static pages use it without reading the request. */
export function AnonymousMenu() {
  return (
    <div className="flex gap-4 text-sm">
      <Link href="/login" className="font-semibold hover:text-brand">
        Log in
      </Link>
      <Link href="/register" className="font-semibold text-brand hover:underline">
        Create profile
      </Link>
    </div>
  )
}

export async function AccountMenu() {
  const viewer = await getViewer()
  if (!viewer) return <AnonymousMenu />
  return (
    <div className="flex items-center gap-3 text-sm">
      <span>
        Logged in as{' '}
        <Link href="/account" className="font-semibold hover:text-brand">
          {viewer.name}
        </Link>
      </span>
      {hasRole(viewer.role, required.desk) && (
        <Link href="/admin" className="font-semibold hover:text-brand">
          Desk
        </Link>
      )}
      <LogOutButton />
    </div>
  )
}
