import 'server-only'
import { cache } from 'react'
import type { Role } from '@/db/schema'
import { auth } from './auth'
import { getUserById } from './users'

export type Viewer = { id: number; name: string; email: string; role: Role }

/**
 * The signed-in member for this request, or null. The JWT alone is not trusted: the user must still exist, be
 * enabled and carry the same sessionVersion, so disabling an account or bumping the version ends its sessions at once.
 */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const session = await auth()
  if (!session?.memberId) return null
  const user = getUserById(session.memberId)
  if (!user || user.disabled || user.sessionVersion !== session.sessionVersion) return null
  return { id: user.id, name: user.name, email: user.email, role: user.role }
})
