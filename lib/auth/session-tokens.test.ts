import { eq } from 'drizzle-orm'
import { encode } from 'next-auth/jwt'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { db } from '@/db/client'
import { endedSessions, users } from '@/db/schema'
import { insertUser } from '@/lib/testing/fixtures'
import { endSession, findSessionUser, newSessionId, readSessionToken, sessionMaxAgeSeconds } from './session-tokens'
import { endAllSessions } from './users'

const claimsOf = (user: { id: number; sessionVersion: number }) => ({ uid: user.id, sv: user.sessionVersion, sid: newSessionId() })

describe('session tokens', () => {
  it('stand for their user while the session lasts', () => {
    const user = insertUser({ name: 'Live Member', role: 'editor' })
    expect(findSessionUser(claimsOf(user))).toEqual({ id: user.id, name: 'Live Member', email: user.email, role: 'editor' })
  })

  it('are refused without a session id, as every token minted before sessions had one', () => {
    const user = insertUser()
    expect(findSessionUser({ uid: user.id, sv: user.sessionVersion })).toBeNull()
  })

  it('end one by one: the ended session is refused, the member’s other sessions go on', () => {
    const user = insertUser()
    const [ended, other] = [claimsOf(user), claimsOf(user)]
    endSession(ended)
    expect(findSessionUser(ended)).toBeNull()
    expect(findSessionUser(other)).not.toBeNull()
  })

  it('still end with the account: log out everywhere, disabling, deletion', () => {
    const everywhere = insertUser()
    const claims = claimsOf(everywhere)
    endAllSessions(everywhere.id)
    expect(findSessionUser(claims)).toBeNull()

    const disabled = insertUser()
    db.update(users).set({ disabled: true }).where(eq(users.id, disabled.id)).run()
    expect(findSessionUser(claimsOf(disabled))).toBeNull()

    const deleted = insertUser()
    const deletedClaims = claimsOf(deleted)
    db.delete(users).where(eq(users.id, deleted.id)).run()
    expect(findSessionUser(deletedClaims)).toBeNull()
    // Signing out after the deletion (deleteProfile does) writes nothing and does not fail.
    endSession(deletedClaims)
    expect(db.select().from(endedSessions).where(eq(endedSessions.sid, deletedClaims.sid)).get()).toBeUndefined()
  })

  it('are remembered as ended for a whole session life, then forgotten', () => {
    const user = insertUser()
    const claims = claimsOf(user)
    const now = new Date('2026-06-01T12:00:00Z')
    endSession(claims, now)
    endSession(claims, now) // twice (two tabs logging out) is the same as once
    const row = db.select().from(endedSessions).where(eq(endedSessions.sid, claims.sid)).get()
    expect(row?.expiresAt.getTime()).toBe(now.getTime() + sessionMaxAgeSeconds * 1000)
    endSession(claimsOf(user), new Date(now.getTime() + (sessionMaxAgeSeconds + 1) * 1000))
    expect(db.select().from(endedSessions).where(eq(endedSessions.sid, claims.sid)).get()).toBeUndefined()
  })

  describe('read from the cookie', () => {
    const cookieName = 'authjs.session-token'
    const requestWith = (token: string) => ({ headers: new Headers({ cookie: `${cookieName}=${token}` }) })
    const mint = (maxAge: number) =>
      encode({ token: { uid: 7, sv: 1, sid: newSessionId() }, secret: process.env.AUTH_SECRET!, salt: cookieName, maxAge })
    afterEach(() => vi.useRealTimers())

    it('decrypt each token once, and give the same claims for it after', async () => {
      const token = await mint(60)
      const first = await readSessionToken(requestWith(token))
      expect(first).toMatchObject({ uid: 7, sv: 1 })
      expect(await readSessionToken(requestWith(token))).toBe(first)
    })

    it('are refused once the token has expired, though its claims were kept', async () => {
      const token = await mint(60)
      expect(await readSessionToken(requestWith(token))).not.toBeNull()
      // Past its expiry and Auth.js's 15 s of clock tolerance.
      vi.useFakeTimers({ now: Date.now() + 80_000, toFake: ['Date'] })
      expect(await readSessionToken(requestWith(token))).toBeNull()
    })

    it('are refused when forged, cut or garbled', async () => {
      const token = await mint(60)
      const forged = await encode({ token: { uid: 7, sv: 1, sid: newSessionId() }, secret: 'another-secret-another-secret-another-secret', salt: cookieName })
      for (const bad of [forged, token.slice(0, -8), `${token.slice(0, 40)}x${token.slice(41)}`, 'garbage']) {
        expect(await readSessionToken(requestWith(bad)), bad.slice(0, 20)).toBeNull()
      }
    })
  })
})
