import 'server-only'
import { headers } from 'next/headers'
import { notFound, redirect } from 'next/navigation'
import { cache } from 'react'
import type { Role } from '@/db/schema'
import { hasRole } from './roles'
import { findSessionUser, readSessionToken } from './session-tokens'
import { loginPath } from '@/lib/core/paths'

export type Viewer = { id: number; name: string; email: string; role: Role }

/**
 * The signed-in member for this request, or null, worked out once per render (React `cache`). The JWT alone is not
 * trusted: its claims are checked against the database (findSessionUser, the same check Auth.js's jwt callback and
 * proxy.ts make): the session must not have been ended by "Log out", and the user must still exist, be enabled and
 * carry the same sessionVersion, so disabling an account or bumping the version ends its sessions at the next
 * request. Name, email and role come from that same read. The cookie is decoded here (readSessionToken) rather than
 * through `auth()`, which also builds a request for Auth.js's session route and encrypts a refreshed token that a
 * page cannot set: a quarter of the CPU of a member's article page.
 */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const token = await readSessionToken({ headers: await headers() })
  return token && findSessionUser(token)
})

/**
 * The viewer, when their role is at least `min`. Without a session: a redirect to login (then back to `returnTo`).
 * With too small a role: a 404, so staff pages do not even admit they exist. Used by every admin layout, page and
 * action; the DAL writes check the same table again (lib/auth/roles.ts).
 */
export async function requireRole(min: Role, returnTo = '/admin'): Promise<Viewer> {
  const viewer = await getViewer()
  if (!viewer) redirect(loginPath(returnTo))
  if (!hasRole(viewer.role, min)) notFound()
  return viewer
}
