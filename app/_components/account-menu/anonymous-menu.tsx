'use client'

import { IntentLink } from '@/app/_components/intent-link'
import { usePathname } from 'next/navigation'
import { loginPath, registerPath } from '@/lib/core/paths'

// The account pages send the reader on to their own callbackUrl; from the front page there is nowhere to return.
const noReturn = /^\/(?:login|register|forgot-password|reset-password|verify-email)?(?:\/|$)/

/**
 * What a reader without a session sees: log in or create a profile, and come back to this page. A client
 * component, because the static pages read nothing from the request: the browser knows the address.
 */
export function AnonymousMenu() {
  const pathname = usePathname()
  const returns = !noReturn.test(pathname)
  return (
    <div className="flex gap-4 text-sm">
      <IntentLink href={returns ? loginPath(pathname) : '/login'} className="font-semibold hover:text-brand">
        Log in
      </IntentLink>
      <IntentLink href={returns ? registerPath(pathname) : '/register'} className="font-semibold text-brand hover:underline">
        Create profile
      </IntentLink>
    </div>
  )
}
