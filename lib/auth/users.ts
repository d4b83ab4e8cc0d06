import 'server-only'
import { and, eq, isNull, sql } from 'drizzle-orm'
import { db, writeTransaction } from '@/db/client'
import { users } from '@/db/schema'
import { hashPassword, verifyPassword } from './passwords'
import { hitRateLimit } from './rate-limits'
import { revokeTokens } from './tokens'

// Accounts as sign-in sees them: found by id or address, and the changes that end their sessions.

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase()
}

export function getUserById(id: number) {
  return db.select().from(users).where(eq(users.id, id)).get() ?? null
}

/** The account with this email, enabled or not, or null. */
export function findUserByEmail(email: string) {
  return db.select().from(users).where(eq(users.email, normaliseEmail(email))).get() ?? null
}

/** An enabled account by email, or null. */
export function findActiveUserByEmail(email: string) {
  const user = findUserByEmail(email)
  return user && !user.disabled ? user : null
}

/** Records that the member has shown the address is theirs. */
export function markEmailVerified(userId: number) {
  db.update(users)
    .set({ emailVerifiedAt: new Date() })
    .where(and(eq(users.id, userId), isNull(users.emailVerifiedAt)))
    .run()
}

/**
 * Whether `password` is the user's current password (`correct`), counted against the account like a login: over the
 * limit it is not checked at all, so a session left open is not a way to guess the password.
 */
export async function checkPassword(
  userId: number,
  password: string,
): Promise<{ ok: true; correct: boolean } | { ok: false; retryAfterSeconds: number }> {
  const limited = hitRateLimit('passwordCheckPerAccount', String(userId))
  if (!limited.ok) return limited
  return { ok: true, correct: await verifyPassword(getUserById(userId)?.passwordHash ?? null, password) }
}

/** Ends every session of the user at its next request, and every link mailed to them. */
export function endAllSessions(userId: number) {
  writeTransaction((tx) => {
    tx.update(users)
      .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(eq(users.id, userId))
      .run()
    revokeTokens(userId, tx)
  })
}

/** Sets a new password and ends every session and mailed link (the caller may sign the current browser in again). */
export async function setPassword(userId: number, password: string) {
  const passwordHash = await hashPassword(password)
  writeTransaction((tx) => {
    tx.update(users)
      .set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(eq(users.id, userId))
      .run()
    revokeTokens(userId, tx)
  })
}
