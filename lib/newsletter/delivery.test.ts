import { eq } from 'drizzle-orm'
import { beforeEach, describe, expect, it } from 'vitest'
import { db, writeTransaction } from '@/db/client'
import { newsletterDeliveries, newsletterEvents, newsletterSenderLease, newsletterSubscriptions, users } from '@/db/schema'
import { insertArticle, insertUser, memberViewer } from '@/lib/testing/fixtures'
import { getIssue, listIssues, saveIssue, scheduleIssue, sendIssueNow, startDueIssues } from './issues'
import { claimDue, finishIssues, holdLease, markPermanentFailure, markSent, markTemporaryFailure, releaseClaims, retryDelay } from './queue'
import { pace } from './sender'
import { countSubscribers, subscribersOverTime } from './stats'
import { startIfConfirmed, subscribeNewMember, unsubscribeByLink, updateSubscription } from './subscriptions'

const editor = memberViewer(insertUser({ role: 'editor' }))
const verified = () => insertUser({ emailVerifiedAt: new Date() })

function subscriber(choice: { allSections?: boolean; sectionIds?: number[] } = {}) {
  const user = verified()
  updateSubscription(user.id, { subscribed: true, allSections: choice.allSections ?? true, sectionIds: choice.sectionIds ?? [] })
  return user
}

function newIssue(articleIds = [insertArticle().id]) {
  const saved = saveIssue(editor, { id: null, subject: 'This week', intro: 'Hello.', articleIds })
  if (!saved.ok) throw new Error('not saved')
  return saved.id
}

const deliveriesOf = (issueId: number) => db.select().from(newsletterDeliveries).where(eq(newsletterDeliveries.issueId, issueId)).all()

beforeEach(() => {
  // Each test starts with an empty queue and no subscribers but its own.
  db.delete(newsletterDeliveries).run()
  db.update(newsletterSubscriptions).set({ subscribed: false }).run()
  db.delete(newsletterSenderLease).run()
})

describe('who an issue goes to', () => {
  it('queues members who subscribed and confirmed their address, and whose sections it covers', () => {
    const article = insertArticle()
    const everything = subscriber()
    const thisSection = subscriber({ allSections: false, sectionIds: [article.sectionId] })
    const otherSection = subscriber({ allSections: false, sectionIds: [insertArticle().sectionId] })
    const unconfirmed = insertUser()
    writeTransaction((tx) => subscribeNewMember(tx, unconfirmed.id))
    const neverTicked = verified()
    const disabled = subscriber()
    db.update(users).set({ disabled: true }).where(eq(users.id, disabled.id)).run()
    const issueId = newIssue([article.id])
    expect(sendIssueNow(editor, issueId)).toBe(true)
    const queued = deliveriesOf(issueId).map((row) => row.userId)
    expect(queued).toEqual(expect.arrayContaining([everything.id, thisSection.id]))
    for (const user of [otherSection, unconfirmed, neverTicked, disabled]) expect(queued).not.toContain(user.id)
    expect(sendIssueNow(editor, issueId)).toBe(false)
  })

  it('counts a subscription from the moment the address is confirmed, and an unsubscribe against its issue', () => {
    const member = insertUser()
    writeTransaction((tx) => subscribeNewMember(tx, member.id))
    const events = () => db.select({ kind: newsletterEvents.kind, issueId: newsletterEvents.issueId }).from(newsletterEvents).where(eq(newsletterEvents.userId, member.id)).all()
    expect(events()).toEqual([])
    db.update(users).set({ emailVerifiedAt: new Date() }).where(eq(users.id, member.id)).run()
    startIfConfirmed(member.id)
    startIfConfirmed(member.id)
    const issueId = newIssue()
    unsubscribeByLink({ userId: member.id, issueId })
    expect(events()).toEqual([
      { kind: 'started', issueId: null },
      { kind: 'unsubscribed', issueId },
    ])
    expect(listIssues(editor, issueId)[0].unsubscribes).toBe(1)
  })
})

describe('scheduling', () => {
  it('starts a scheduled issue when its time comes, not before; one taken back is a draft again', () => {
    const member = subscriber()
    const at = new Date(Date.now() + 60 * 60_000)
    const issueId = newIssue()
    expect(scheduleIssue(editor, issueId, at)).toBe(true)
    startDueIssues(new Date(at.getTime() - 1_000))
    expect(getIssue(editor, issueId)?.status).toBe('scheduled')
    startDueIssues(at)
    expect(getIssue(editor, issueId)?.status).toBe('sending')
    expect(deliveriesOf(issueId).map((row) => row.userId)).toEqual([member.id])
    expect(scheduleIssue(editor, issueId, null)).toBe(false)

    const later = newIssue()
    scheduleIssue(editor, later, at)
    expect(scheduleIssue(editor, later, null)).toBe(true)
    startDueIssues(at)
    expect(getIssue(editor, later)?.status).toBe('draft')
  })

  it('lets only editors and admins write, schedule and send', () => {
    const author = memberViewer(insertUser({ role: 'author' }))
    expect(() => saveIssue(author, { id: null, subject: 'No', intro: '', articleIds: [insertArticle().id] })).toThrow('Forbidden')
    expect(() => sendIssueNow(author, newIssue())).toThrow('Forbidden')
    expect(() => scheduleIssue(author, newIssue(), new Date())).toThrow('Forbidden')
  })
})

describe('the queue', () => {
  it('marks each row as sent once, and finishes the issue when none is left', () => {
    const member = subscriber()
    const issueId = newIssue()
    sendIssueNow(editor, issueId)
    const [row] = claimDue(10).filter((claimed) => claimed.userId === member.id)
    expect(claimDue(10).some((claimed) => claimed.userId === member.id)).toBe(false)
    markSent(row)
    finishIssues()
    expect(deliveriesOf(issueId).find((delivery) => delivery.userId === member.id)).toMatchObject({ status: 'sent', attempts: 1 })
    expect(getIssue(editor, issueId)?.status).toBe('sent')
  })

  it('tries a temporary failure again after a growing delay, and a permanent one never', () => {
    expect([1, 2, 3, 20].map(retryDelay)).toEqual([5_000, 10_000, 20_000, 15 * 60_000])
    const member = subscriber()
    const issueId = newIssue()
    sendIssueNow(editor, issueId)
    const now = new Date()
    const [row] = claimDue(10, now)
    markTemporaryFailure(row, '451 try later', now)
    expect(claimDue(10, now)).toEqual([])
    const [again] = claimDue(10, new Date(now.getTime() + 5_001))
    expect(again).toMatchObject({ userId: member.id, attempts: 1 })
    markPermanentFailure(again, 552, '552 too big')
    expect(claimDue(10, new Date(now.getTime() + 60 * 60_000))).toEqual([])
    expect(deliveriesOf(issueId)[0]).toMatchObject({ status: 'failed', lastError: '552 too big' })
  })

  it('stops an address after three permanent failures in a row, or one “no such mailbox”', () => {
    const flaky = subscriber()
    const gone = subscriber()
    const stoppedAt = (userId: number) => db.select().from(newsletterSubscriptions).where(eq(newsletterSubscriptions.userId, userId)).get()?.stoppedAt
    for (let i = 0; i < 3; i++) {
      const issueId = newIssue()
      sendIssueNow(editor, issueId)
      for (const row of claimDue(10)) markPermanentFailure(row, row.userId === gone.id ? 550 : 554, 'refused')
      expect(stoppedAt(gone.id)).toBeInstanceOf(Date)
      expect(stoppedAt(flaky.id) instanceof Date).toBe(i === 2)
    }
    const next = newIssue()
    sendIssueNow(editor, next)
    expect(deliveriesOf(next).map((row) => row.userId)).not.toContain(gone.id)
  })

  it('puts the rows of a batch cut short back in the queue, and leaves those done as they are', () => {
    subscriber()
    subscriber()
    const issueId = newIssue()
    sendIssueNow(editor, issueId)
    const rows = claimDue(10)
    markSent(rows[0])
    releaseClaims(rows)
    expect(deliveriesOf(issueId).map((row) => row.status).sort()).toEqual(['pending', 'sent'])
  })

  it('skips a member who unsubscribed after the issue was queued', () => {
    const member = subscriber()
    const issueId = newIssue()
    sendIssueNow(editor, issueId)
    unsubscribeByLink({ userId: member.id, issueId })
    expect(claimDue(10)).toEqual([])
    expect(deliveriesOf(issueId)[0].status).toBe('skipped')
  })

  it('lets one process send: another takes over only when the lease runs out, and re-queues what the first had claimed', () => {
    subscriber()
    sendIssueNow(editor, newIssue())
    const now = Date.now()
    expect(holdLease('this-host:1:first', now)).toBe(true)
    expect(claimDue(10)).toHaveLength(1)
    expect(holdLease('this-host:1:second', now + 1_000)).toBe(false)
    expect(holdLease('this-host:1:second', now + 61_000)).toBe(true)
    expect(claimDue(10)).toHaveLength(1)
  })
})

describe('the desk’s figures', () => {
  it('draws subscribers over time back from today’s count', () => {
    const before = countSubscribers()
    subscriber()
    subscriber()
    const points = subscribersOverTime(3)
    expect(points.map((point) => point.day)).toHaveLength(3)
    expect(points.at(-1)!.subscribers).toBe(before + 2)
    // Both started today: yesterday ended with fewer.
    expect(points.at(-2)!.subscribers).toBeLessThan(points.at(-1)!.subscribers)
  })
})

describe('the rate', () => {
  it('sends a second’s worth per second, or one mail at a time when slower', () => {
    expect(pace(600)).toEqual({ interval: 1_000, batch: 10 })
    expect(pace(60_000)).toEqual({ interval: 1_000, batch: 1_000 })
    expect(pace(30)).toEqual({ interval: 2_000, batch: 1 })
    expect(pace(1)).toEqual({ interval: 60_000, batch: 1 })
  })
})
