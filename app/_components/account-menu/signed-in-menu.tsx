import Link from 'next/link'
import { LogOutButton } from '../log-out-button'

/** The header's menu for a member: who is signed in, the desk for staff, and log out. */
export function SignedInMenu({ name, staff }: { name: string; staff: boolean }) {
  return (
    <div className="flex items-center gap-3 text-sm">
      <span>
        Logged in as{' '}
        <Link href="/account" className="font-semibold hover:text-brand">
          {name}
        </Link>
      </span>
      {staff && (
        <Link href="/admin" className="font-semibold hover:text-brand">
          Desk
        </Link>
      )}
      <LogOutButton />
    </div>
  )
}
