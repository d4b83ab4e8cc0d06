import 'server-only'
import { hostname } from 'node:os'
import { and, asc, eq, inArray, lte, sql } from 'drizzle-orm'
import { writeTransaction } from '@/db/client'
import { newsletterDeliveries, newsletterIssues, newsletterSenderLease, newsletterSubscriptions, users } from '@/db/schema'
import { noteDelivered, notePermanentFailure, receivesNewsletter } from './subscriptions'

// The delivery rows as a queue. A row is claimed (`sending`) before its mail is handed to the SMTP server and
// marked `sent` as soon as the server has accepted it, each in a transaction of its own: a sender that dies leaves
// at most the row it was sending in doubt, and that one is sent again (README: "The newsletter").

/** How long the sender's lease lasts unrenewed: longer than the slowest attempt (lib/core/mail.ts timeouts). */
const leaseMilliseconds = 60_000
/** Temporary failures (4xx, no connection) are retried after 5 s, 10 s, 20 s … at most 15 minutes apart. */
const maxTemporaryAttempts = 15
export const retryDelay = (attempts: number) => Math.min(5_000 * 2 ** (attempts - 1), 15 * 60_000)

/** A name for this process: its host and PID, so that a restarted server can tell its dead predecessor's lease. */
export const senderName = () => `${hostname()}:${process.pid}:${crypto.randomUUID()}`

/** Whether the holder of a lease was a process on this machine that has exited (then it renews nothing). */
function isGone(holder: string): boolean {
  const [host, pid] = holder.split(':')
  if (host !== hostname() || Number(pid) === process.pid) return false
  try {
    process.kill(Number(pid), 0)
    return false
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH'
  }
}

/**
 * Takes or renews the lease that lets one process send. Taking it over from a holder that stopped renewing (it
 * died) puts the rows that holder had claimed back in the queue.
 */
export function holdLease(holder: string, now = Date.now()): boolean {
  return writeTransaction((tx) => {
    const lease = tx.select().from(newsletterSenderLease).where(eq(newsletterSenderLease.id, 1)).get()
    const takingOver = lease !== undefined && lease.holder !== holder
    if (takingOver && lease.expiresAt > now && !isGone(lease.holder)) return false
    const values = { holder, expiresAt: now + leaseMilliseconds }
    tx.insert(newsletterSenderLease).values({ id: 1, ...values }).onConflictDoUpdate({ target: newsletterSenderLease.id, set: values }).run()
    if (takingOver) tx.update(newsletterDeliveries).set({ status: 'pending' }).where(eq(newsletterDeliveries.status, 'sending')).run()
    return true
  })
}

export type Claimed = { issueId: number; userId: number; email: string; attempts: number }

/**
 * Claims up to `limit` rows that are due. A member who no longer gets the newsletter (unsubscribed or disabled
 * since the issue was queued) is skipped, not sent to.
 */
export function claimDue(limit: number, now = new Date()): Claimed[] {
  return writeTransaction((tx) => {
    const rows = tx
      .select({
        issueId: newsletterDeliveries.issueId,
        userId: newsletterDeliveries.userId,
        email: users.email,
        attempts: newsletterDeliveries.attempts,
        receiving: sql<number>`${receivesNewsletter()}`,
      })
      .from(newsletterDeliveries)
      .innerJoin(users, eq(users.id, newsletterDeliveries.userId))
      .innerJoin(newsletterSubscriptions, eq(newsletterSubscriptions.userId, newsletterDeliveries.userId))
      .where(and(eq(newsletterDeliveries.status, 'pending'), lte(newsletterDeliveries.nextAttemptAt, now)))
      .orderBy(asc(newsletterDeliveries.nextAttemptAt))
      .limit(limit)
      .all()
    for (const row of rows) {
      tx.update(newsletterDeliveries)
        .set({ status: row.receiving ? 'sending' : 'skipped' })
        .where(and(eq(newsletterDeliveries.issueId, row.issueId), eq(newsletterDeliveries.userId, row.userId)))
        .run()
    }
    return rows.filter((row) => row.receiving).map(({ issueId, userId, email, attempts }) => ({ issueId, userId, email, attempts }))
  })
}

/** Puts a batch's rows that are still claimed back in the queue, when the batch was cut short by an error. */
export function releaseClaims(rows: Claimed[]) {
  writeTransaction((tx) => {
    for (const row of rows) tx.update(newsletterDeliveries).set({ status: 'pending' }).where(and(thisRow(row), eq(newsletterDeliveries.status, 'sending'))).run()
  })
}

const thisRow = (row: Claimed) => and(eq(newsletterDeliveries.issueId, row.issueId), eq(newsletterDeliveries.userId, row.userId))

export function markSent(row: Claimed, now = new Date()) {
  writeTransaction((tx) => {
    tx.update(newsletterDeliveries)
      .set({ status: 'sent', sentAt: now, attempts: row.attempts + 1 })
      .where(thisRow(row))
      .run()
    noteDelivered(tx, row.userId)
  })
}

/** A 4xx or no answer: tried again later, up to `maxTemporaryAttempts` times in all. */
export function markTemporaryFailure(row: Claimed, error: string, now = new Date()) {
  const attempts = row.attempts + 1
  const giveUp = attempts >= maxTemporaryAttempts
  writeTransaction((tx) =>
    tx
      .update(newsletterDeliveries)
      .set({
        status: giveUp ? 'failed' : 'pending',
        attempts,
        lastError: error,
        nextAttemptAt: new Date(now.getTime() + retryDelay(attempts)),
      })
      .where(thisRow(row))
      .run(),
  )
}

/** A 5xx: not tried again, and counted against the address. */
export function markPermanentFailure(row: Claimed, code: number, error: string) {
  writeTransaction((tx) => {
    tx.update(newsletterDeliveries)
      .set({ status: 'failed', attempts: row.attempts + 1, lastError: error })
      .where(thisRow(row))
      .run()
    notePermanentFailure(tx, row.userId, code)
  })
}

/** Issues with nothing left to send are done. */
export function finishIssues(now = new Date()) {
  writeTransaction((tx) =>
    tx
      .update(newsletterIssues)
      .set({ status: 'sent', finishedAt: now })
      .where(
        and(
          eq(newsletterIssues.status, 'sending'),
          sql`not exists (select 1 from ${newsletterDeliveries} where ${newsletterDeliveries.issueId} = ${newsletterIssues.id} and ${inArray(newsletterDeliveries.status, ['pending', 'sending'])})`,
        ),
      )
      .run(),
  )
}
