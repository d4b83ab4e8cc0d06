import 'server-only'
import { randomBytes } from 'node:crypto'
import { eq, lt, sql } from 'drizzle-orm'
import { decode, getToken, type JWT, type JWTDecodeParams } from 'next-auth/jwt'
import { db, preparedOnce } from '@/db/client'
import { endedSessions, users } from '@/db/schema'
import { getAuthSecret, isSecureSite } from '@/lib/core/env'

// What a session token stands for. Each sign-in starts a session with an id of its own (`sid`, in the JWT), so one
// session can be ended without the others. Every read of a token checks it here: the app's (getViewer in
// lib/auth/session.ts), proxy.ts's, and Auth.js's own /api/auth/session (lib/auth/next-auth.ts).

/** How long a session lasts without being used (Auth.js's default, written out because ended sessions need it). */
export const sessionMaxAgeSeconds = 30 * 24 * 60 * 60

/** The claims this app puts in a session token. */
export type SessionClaims = { uid?: unknown; sv?: unknown; sid?: unknown }

export function newSessionId(): string {
  return randomBytes(16).toString('base64url')
}

// Decrypting a session token (key derivation, then AES and HMAC on the crypto thread pool) is most of what checking
// a session costs, and the same cookie comes with every request. A token that decrypted once decrypts to the same
// claims again, so they are kept, by the token itself, until it expires. Only what decrypted is kept, so a forged
// token is never in here. The session is still checked against the database on every request (findSessionUser).
const decryptedTokens = new Map<string, { claims: JWT; expiresAt: number }>()
const decryptedTokensKept = 10_000

async function decodeOnce(params: JWTDecodeParams): Promise<JWT | null> {
  const key = `${params.salt}:${params.token}`
  const kept = decryptedTokens.get(key)
  if (kept) {
    if (kept.expiresAt > Date.now()) return kept.claims
    decryptedTokens.delete(key)
  }
  const claims = await decode(params)
  if (claims && typeof claims.exp === 'number') {
    // The oldest first, when full.
    if (decryptedTokens.size >= decryptedTokensKept) decryptedTokens.delete(decryptedTokens.keys().next().value!)
    decryptedTokens.set(key, { claims, expiresAt: claims.exp * 1000 })
  }
  return claims
}

/**
 * The claims of the request's session token, or null without a valid one: Auth.js's getToken, decrypting each token
 * once (decodeOnce). Whether the session still stands is findSessionUser's to say.
 */
export function readSessionToken(req: Parameters<typeof getToken>[0]['req']): Promise<JWT | null> {
  return getToken({ req, secret: getAuthSecret(), secureCookie: isSecureSite(), decode: decodeOnce })
}

/**
 * The user a session token belongs to, or null when the session is over: a token without a session id (minted
 * before sessions had one), a session ended by "Log out", a user who is gone or disabled, or a sessionVersion that
 * has moved on (log out everywhere, a new password).
 */
export function findSessionUser(claims: SessionClaims) {
  if (typeof claims.sid !== 'string' || typeof claims.uid !== 'number') return null
  const row = sessionUser().get({ sid: claims.sid, uid: claims.uid })
  if (!row || row.ended !== null || row.disabled || row.sessionVersion !== claims.sv) return null
  const { id, name, email, role } = row
  return { id, name, email, role }
}

const sessionUser = preparedOnce(() =>
  db
    .select({ id: users.id, name: users.name, email: users.email, role: users.role, disabled: users.disabled, sessionVersion: users.sessionVersion, ended: endedSessions.sid })
    .from(users)
    .leftJoin(endedSessions, eq(endedSessions.sid, sql.placeholder('sid')))
    .where(eq(users.id, sql.placeholder('uid')))
    .prepare(),
)

/**
 * Ends the token's session for every copy of its cookie. Kept for a session's whole life from now, not the token's
 * own expiry: another copy may have been refreshed since, and lives that much longer. Nothing is written for a user
 * who no longer exists; their sessions ended with them.
 */
export function endSession(claims: SessionClaims, now = new Date()) {
  if (typeof claims.sid !== 'string' || typeof claims.uid !== 'number') return
  const expiresAt = Math.floor(now.getTime() / 1000) + sessionMaxAgeSeconds
  db.run(
    sql`insert into ${endedSessions} (sid, user_id, expires_at)
        select ${claims.sid}, ${users.id}, ${expiresAt} from ${users} where ${users.id} = ${claims.uid}
        on conflict do nothing`,
  )
  db.delete(endedSessions).where(lt(endedSessions.expiresAt, now)).run()
}
