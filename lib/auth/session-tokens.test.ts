import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { db } from '@/db/client'
import { endedSessions, users } from '@/db/schema'
import { insertUser } from '@/lib/testing/fixtures'
import { endSession, findSessionUser, newSessionId, sessionMaxAgeSeconds } from './session-tokens'
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
})
