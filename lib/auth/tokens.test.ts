import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { db } from '@/db/client'
import { authTokens } from '@/db/schema'
import { consumeToken, isTokenValid, issueToken } from './tokens'
import { insertUser } from '@/lib/testing/fixtures'

const minute = 60 * 1000

describe('tokens', () => {
  it('are stored only as a hash and work once', () => {
    const user = insertUser()
    const token = issueToken(user.id, 'password-reset')
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/)
    const stored = db.select().from(authTokens).where(eq(authTokens.userId, user.id)).all()
    expect(JSON.stringify(stored)).not.toContain(token)
    expect(isTokenValid(token, ['password-reset'])).toBe(true)
    expect(consumeToken(token, ['password-reset'])).toMatchObject({ userId: user.id, purpose: 'password-reset' })
    expect(consumeToken(token, ['password-reset'])).toBeNull()
  })

  it('expire: a reset link after 30 minutes, a sign-in link after 15', () => {
    const user = insertUser()
    const issued = new Date('2026-06-01T12:00:00Z')
    const reset = issueToken(user.id, 'password-reset', { now: issued })
    const magic = issueToken(user.id, 'magic-link', { now: issued })
    const at = (minutes: number) => new Date(issued.getTime() + minutes * minute)
    expect(isTokenValid(reset, ['password-reset'], at(29))).toBe(true)
    expect(consumeToken(reset, ['password-reset'], at(31))).toBeNull()
    expect(isTokenValid(magic, ['magic-link'], at(14))).toBe(true)
    expect(consumeToken(magic, ['magic-link'], at(16))).toBeNull()
  })

  it('refuse another purpose, a tampered or malformed token, and an older link once a newer one is sent', () => {
    const user = insertUser()
    const first = issueToken(user.id, 'magic-link')
    const second = issueToken(user.id, 'magic-link')
    expect(consumeToken(second, ['password-reset'])).toBeNull()
    const tampered = `${second.slice(0, -1)}${second.endsWith('A') ? 'B' : 'A'}`
    for (const bad of [tampered, '', 'x', `${second}x`, null, 42, "' or 1=1 --"]) {
      expect(consumeToken(bad, ['magic-link'])).toBeNull()
    }
    expect(consumeToken(first, ['magic-link'])).toBeNull()
    expect(consumeToken(second, ['magic-link'])).toMatchObject({ userId: user.id })
  })
})
