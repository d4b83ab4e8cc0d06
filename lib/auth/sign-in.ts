import 'server-only'
import { verifyPassword } from './passwords'
import { consumeToken } from './tokens'
import { findUserByEmail, getUserById, markEmailVerified } from './users'

// The two ways a member proves who they are (lib/auth/next-auth.ts offers both to Auth.js).

/** The user whose email and password match, or null. Unknown email and wrong password cost the same time. */
export async function findUserByCredentials(email: string, password: string) {
  const user = findUserByEmail(email)
  const ok = await verifyPassword(user?.passwordHash ?? null, password)
  return ok && user && !user.disabled ? user : null
}

/** The user a sign-in link belongs to, using it up. Following it also proves the address is theirs. */
export function signInWithMagicLink(token: unknown) {
  const used = consumeToken(token, ['magic-link'])
  const user = used && getUserById(used.userId)
  if (!user || user.disabled) return null
  markEmailVerified(user.id)
  return user
}
