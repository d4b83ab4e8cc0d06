import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { db } from '@/db/client'
import { articleLikes, auditLog, authTokens, newsletterEvents, newsletterSubscriptions, outbox, users } from '@/db/schema'
import { issueToken } from '@/lib/auth/tokens'
import { updateSubscription } from '@/lib/newsletter/subscriptions'
import { getSeatState, signUpForSeminar } from '@/lib/programme/seats'
import { insertArticle, insertSeminar, insertUser, memberViewer } from '@/lib/testing/fixtures'
import { deleteAccount, exportUserData } from './profile'

const userRow = (id: number) => db.select().from(users).where(eq(users.id, id)).get()
const member = () => memberViewer(insertUser())

describe('deleteAccount', () => {
  it('gives the seat of a deleted account to the first on the waiting list', () => {
    const seminar = insertSeminar(1)
    const [a, b] = [member(), member()]
    signUpForSeminar(a, seminar)
    signUpForSeminar(b, seminar)
    expect(deleteAccount(a.id)).toEqual({ ok: true, promoted: [{ userId: b.id, articleId: seminar }] })
    expect(getSeatState(seminar, b)?.mine?.status).toBe('confirmed')
  })

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

  it('removes the newsletter subscription, counting the end without the person', () => {
    const member = insertUser({ emailVerifiedAt: new Date() })
    updateSubscription(member.id, { subscribed: true, allSections: true, sectionIds: [] })
    const endsBefore = db.select().from(newsletterEvents).where(eq(newsletterEvents.kind, 'deleted')).all().length
    expect(deleteAccount(member.id).ok).toBe(true)
    expect(db.select().from(newsletterSubscriptions).where(eq(newsletterSubscriptions.userId, member.id)).get()).toBeUndefined()
    const ends = db.select().from(newsletterEvents).where(eq(newsletterEvents.kind, 'deleted')).all()
    expect(ends).toHaveLength(endsBefore + 1)
    expect(ends.at(-1)?.userId).toBeNull()
  })
})

describe('exportUserData', () => {
  it('includes the newsletter choice', () => {
    const member = insertUser({ emailVerifiedAt: new Date() })
    const section = insertArticle().sectionId
    updateSubscription(member.id, { subscribed: true, allSections: false, sectionIds: [section] })
    expect(exportUserData(member.id)?.newsletter).toEqual({ subscribed: true, sections: [expect.stringMatching(/^Section \d+$/)], stoppedAt: null })
  })
})
