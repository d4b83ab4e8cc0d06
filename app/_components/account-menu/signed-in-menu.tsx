import { IntentLink } from '@/app/_components/intent-link'
import { LogOutButton } from '../log-out-button'

/** The header's menu for a member: who is signed in, the desk for staff, and log out. */
export function SignedInMenu({ name, staff }: { name: string; staff: boolean }) {
  return (
    <div className="flex items-center gap-3 text-sm">
      <span>
        Logged in as{' '}
        <IntentLink href="/account" className="font-semibold hover:text-brand">
          {name}
        </IntentLink>
      </span>
      {staff && (
        <IntentLink href="/admin" className="font-semibold hover:text-brand">
          Desk
        </IntentLink>
      )}
      <LogOutButton />
    </div>
  )
}
