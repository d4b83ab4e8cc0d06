import 'server-only'
import { notFound, redirect } from 'next/navigation'
import { cache } from 'react'
import type { Role } from '@/db/schema'
import { auth } from './next-auth'
import { hasRole } from './roles'
import { loginPath } from '@/lib/core/paths'

export type Viewer = { id: number; name: string; email: string; role: Role }

/**
 * The signed-in member for this request, or null. The JWT alone is not trusted: reading the session checks it
 * against the database (lib/auth/session-tokens.ts, from Auth.js's jwt callback): the session must not have been
 * ended by "Log out", and the user must still exist, be enabled and carry the same sessionVersion, so disabling an
 * account or bumping the version ends its sessions at once. Name, email and role come from that same read.
 */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const session = await auth()
  const { memberId, role, user } = session ?? {}
  if (!memberId || !role || !user?.name || !user.email) return null
  return { id: memberId, name: user.name, email: user.email, role }
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
