'use client'

import { useEffect, useState } from 'react'
import type { Session } from 'next-auth'
import { hasRole, required } from '@/lib/auth/roles'
import { AnonymousMenu } from './anonymous-menu'
import { SignedInMenu } from './signed-in-menu'

/**
 * The header's menu on a page that cannot read the request: the not-found page, which is rendered once for every
 * address and reader (reading the session there would make every route render per request). The browser asks
 * Auth.js for the session instead, which checks it against the database like every other read.
 */
export function SessionMenu() {
  const [session, setSession] = useState<Session | null | undefined>(undefined)
  useEffect(() => {
    fetch('/api/auth/session', { cache: 'no-store' })
      .then((response) => (response.ok ? response.json() : null))
      .then(setSession, () => setSession(null))
  }, [])
  // Nothing until the answer is in, so a member never sees "Log in" flash by.
  if (session === undefined) return <div aria-hidden="true" className="h-5" />
  if (!session?.memberId || !session.role || !session.user?.name) return <AnonymousMenu />
  return <SignedInMenu name={session.user.name} staff={hasRole(session.role, required.desk)} />
}
