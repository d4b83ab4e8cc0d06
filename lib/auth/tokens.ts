import 'server-only'
import { createHash, randomBytes } from 'node:crypto'
import { and, eq, gt, inArray, isNull } from 'drizzle-orm'
import { db, type Tx, writeTransaction } from '@/db/client'
import { authTokens, type TokenPurpose } from '@/db/schema'

// Single-use tokens for links sent by mail: 32 random bytes, stored only as a SHA-256 hash, bound to one user and
// one purpose, and valid for a fixed time.

const minute = 60 * 1000
const tokenLifetimes: Record<TokenPurpose, number> = {
  'password-reset': 30 * minute,
  'magic-link': 15 * minute,
  'verify-email': 7 * 24 * 60 * minute,
  'change-email': 24 * 60 * minute,
}

const tokenPattern = /^[A-Za-z0-9_-]{43}$/

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex')
}

/** A new token for the user. Earlier unused tokens of the same purpose stop working: only the newest link counts. */
export function issueToken(userId: number, purpose: TokenPurpose, options: { newEmail?: string; now?: Date } = {}) {
  const now = options.now ?? new Date()
  const token = randomBytes(32).toString('base64url')
  writeTransaction((tx) => {
    tx.update(authTokens)
      .set({ usedAt: now })
      .where(and(eq(authTokens.userId, userId), eq(authTokens.purpose, purpose), isNull(authTokens.usedAt)))
      .run()
    tx.insert(authTokens)
      .values({
        userId,
        purpose,
        tokenHash: hashToken(token),
        newEmail: options.newEmail ?? null,
        expiresAt: new Date(now.getTime() + tokenLifetimes[purpose]),
      })
      .run()
  })
  return token
}

function validRow(token: unknown, purposes: readonly TokenPurpose[], now: Date) {
  if (typeof token !== 'string' || !tokenPattern.test(token)) return undefined
  return and(
    eq(authTokens.tokenHash, hashToken(token)),
    inArray(authTokens.purpose, purposes),
    isNull(authTokens.usedAt),
    gt(authTokens.expiresAt, now),
  )
}

/** Whether the token would be accepted now, without using it up (to show a form only for a working link). */
export function isTokenValid(token: unknown, purposes: readonly TokenPurpose[], now = new Date()): boolean {
  const where = validRow(token, purposes, now)
  return where !== undefined && db.select({ id: authTokens.id }).from(authTokens).where(where).get() !== undefined
}

/**
 * Uses the token up and says whose it was, or null when it is malformed, unknown, of another purpose, used or
 * expired. The update is the check, so two requests with one token cannot both succeed.
 */
export function consumeToken(token: unknown, purposes: readonly TokenPurpose[], now = new Date()) {
  const where = validRow(token, purposes, now)
  if (!where) return null
  return (
    db
      .update(authTokens)
      .set({ usedAt: now })
      .where(where)
      .returning({ userId: authTokens.userId, purpose: authTokens.purpose, newEmail: authTokens.newEmail })
      .get() ?? null
  )
}

/**
 * Makes every unused link of the user stop working. Called whenever their password or sessions are reset, their
 * address changes, or the account is disabled: a link sent before must not undo that.
 */
export function revokeTokens(userId: number, tx: Tx | typeof db = db) {
  tx.update(authTokens)
    .set({ usedAt: new Date() })
    .where(and(eq(authTokens.userId, userId), isNull(authTokens.usedAt)))
    .run()
}
