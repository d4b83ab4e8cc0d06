import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { db } from '@/db/client'
import { articleLikes, auditLog, authTokens, outbox, users } from '@/db/schema'
import { signInWithMagicLink } from './links'
import { consumeToken, issueToken } from '../auth/tokens'
import { deleteAccount, endAllSessions, exportUserData, setPassword } from '../auth/users'
import { insertArticle, insertUser } from '../testing/fixtures'

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

describe('signInWithMagicLink', () => {
  it('signs in once, confirms the address, and never for a disabled account', () => {
    const user = insertUser()
    const token = issueToken(user.id, 'magic-link')
    expect(signInWithMagicLink(token)?.id).toBe(user.id)
    expect(userRow(user.id)?.emailVerifiedAt).not.toBeNull()
    expect(signInWithMagicLink(token)).toBeNull()
    const disabled = insertUser({ disabled: true })
    expect(signInWithMagicLink(issueToken(disabled.id, 'magic-link'))).toBeNull()
  })
})

describe('deleteAccount', () => {
  it('removes the user, their likes, links and mails, and their address from the audit log', () => {
    const user = insertUser()
    const bystander = insertUser({ email: `b${user.email}` })
    const article = insertArticle()
    db.insert(articleLikes).values({ articleId: article.id, userId: user.id }).run()
    issueToken(user.id, 'password-reset')
    db.insert(outbox).values([user, bystander].map((u) => ({ to: u.email, subject: 'Hi', text: 'Hi', html: 'Hi', raw: 'Hi' }))).run()
    db.insert(auditLog)
      .values([user, bystander].map((u) => ({ actorId: null, actorName: 'Admin', action: 'user.disabled' as const, subject: u.email })))
      .run()
    expect(exportUserData(user.id)?.likes).toHaveLength(1)

    expect(deleteAccount(user.id)).toEqual({ ok: true, promoted: [] })
    expect(userRow(user.id)).toBeUndefined()
    expect(db.select().from(articleLikes).where(eq(articleLikes.userId, user.id)).all()).toEqual([])
    expect(db.select().from(authTokens).where(eq(authTokens.userId, user.id)).all()).toEqual([])
    expect(db.select().from(outbox).where(eq(outbox.to, user.email)).all()).toEqual([])
    expect(db.select().from(auditLog).where(eq(auditLog.subject, user.email)).all()).toEqual([])
    // Someone whose address merely contains the deleted one keeps their records.
    expect(db.select().from(outbox).where(eq(outbox.to, bystander.email)).all()).toHaveLength(1)
    expect(db.select().from(auditLog).where(eq(auditLog.subject, bystander.email)).all()).toHaveLength(1)
  })

  it('refuses to delete the last admin', () => {
    db.update(users).set({ role: 'reader' }).where(eq(users.role, 'admin')).run()
    const admin = insertUser({ role: 'admin' })
    expect(deleteAccount(admin.id)).toEqual({ ok: false, reason: 'last-admin' })
    expect(userRow(admin.id)).toBeDefined()
  })
})
