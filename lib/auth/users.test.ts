import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { db } from '@/db/client'
import { users } from '@/db/schema'
import { insertUser } from '@/lib/testing/fixtures'
import { consumeToken, issueToken } from './tokens'
import { hashPassword } from './passwords'
import { checkPassword, endAllSessions, setPassword } from './users'

const userRow = (id: number) => db.select().from(users).where(eq(users.id, id)).get()

describe('ending sessions', () => {
  it('also ends every link mailed before: a new password, or logging out everywhere', async () => {
    for (const end of [(id: number) => setPassword(id, 'a brand new passphrase'), endAllSessions]) {
      const user = insertUser()
      const tokens = [issueToken(user.id, 'change-email', { newEmail: 'x@example.com' }), issueToken(user.id, 'magic-link')]
      await end(user.id)
      expect(userRow(user.id)?.sessionVersion).toBe(user.sessionVersion + 1)
      for (const token of tokens) expect(consumeToken(token, ['change-email', 'magic-link'])).toBeNull()
    }
  })
})

describe('checking the current password', () => {
  it('counts every check against the account, and past ten in 15 minutes checks nothing', async () => {
    const user = insertUser({ passwordHash: await hashPassword('the right passphrase') })
    expect(await checkPassword(user.id, 'the right passphrase')).toEqual({ ok: true, correct: true })
    for (let i = 0; i < 9; i++) expect(await checkPassword(user.id, `wrong guess ${i}`)).toEqual({ ok: true, correct: false })
    // The eleventh is refused even with the right password: it was not checked.
    expect(await checkPassword(user.id, 'the right passphrase')).toMatchObject({ ok: false, retryAfterSeconds: expect.any(Number) })
    expect((await checkPassword(insertUser().id, 'x')).ok).toBe(true) // another account is not held back
  })
})
