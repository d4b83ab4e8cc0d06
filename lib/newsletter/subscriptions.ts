import 'server-only'
import { and, desc, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm'
import { db, writeTransaction, type Tx } from '@/db/client'
import { newsletterEvents, newsletterIssues, newsletterSubscriptions, newsletterSubscriptionSections, sections, users, type SubscriptionEvent } from '@/db/schema'
import type { UnsubscribeClaim } from './unsubscribe-token'

// Who gets the newsletter. A member chooses it (at registration, or on /account) and which sections it covers; it
// reaches them only while their address is confirmed and deliveries have not been stopped. Every change of that
// state is recorded once (newsletter_events), here and nowhere else: syncEvent compares the state with the last
// record.

/** Permanent failures in a row after which deliveries stop. A "no such mailbox" answer counts as all of them. */
export const permanentFailureLimit = 3
const mailboxGoneCodes = new Set([550, 551, 553])

/**
 * Whether a member gets the newsletter now, as a condition on newsletter_subscriptions joined with users: the one
 * statement of the rule, used for the recipients of an issue, at each mail's turn, and for the desk's counts.
 */
export const receivesNewsletter = () =>
  and(
    eq(newsletterSubscriptions.subscribed, true),
    isNull(newsletterSubscriptions.stoppedAt),
    isNotNull(users.emailVerifiedAt),
    eq(users.disabled, false),
  )

function isReceiving(tx: Tx, userId: number): boolean {
  const row = tx
    .select({ userId: newsletterSubscriptions.userId })
    .from(newsletterSubscriptions)
    .innerJoin(users, eq(users.id, newsletterSubscriptions.userId))
    .where(and(eq(newsletterSubscriptions.userId, userId), receivesNewsletter()))
    .get()
  return row !== undefined
}

/** Records a start, or the end `ending`, when the member's state differs from what was last recorded for them. */
function syncEvent(tx: Tx, userId: number, ending: Exclude<SubscriptionEvent, 'started'>, issueId: number | null = null) {
  const last = tx
    .select({ kind: newsletterEvents.kind })
    .from(newsletterEvents)
    .where(eq(newsletterEvents.userId, userId))
    .orderBy(desc(newsletterEvents.id))
    .get()
  const wasReceiving = last?.kind === 'started'
  const receiving = isReceiving(tx, userId)
  if (receiving === wasReceiving) return
  tx.insert(newsletterEvents)
    .values({ userId, kind: receiving ? 'started' : ending, issueId })
    .run()
}

/** The box ticked at registration: it takes effect when the address is confirmed. */
export function subscribeNewMember(tx: Tx, userId: number) {
  tx.insert(newsletterSubscriptions).values({ userId }).onConflictDoNothing().run()
}

/** After the member confirmed their address: a subscription waiting for it starts. */
export function startIfConfirmed(userId: number) {
  writeTransaction((tx) => syncEvent(tx, userId, 'unsubscribed'))
}

export type SubscriptionChoice = { subscribed: boolean; allSections: boolean; sectionIds: number[] }

export function getSubscription(userId: number) {
  const row = db.select().from(newsletterSubscriptions).where(eq(newsletterSubscriptions.userId, userId)).get()
  const sectionIds = db
    .select({ id: newsletterSubscriptionSections.sectionId })
    .from(newsletterSubscriptionSections)
    .where(eq(newsletterSubscriptionSections.userId, userId))
    .all()
    .map(({ id }) => id)
  return {
    subscribed: row?.subscribed ?? false,
    allSections: row?.allSections ?? true,
    sectionIds,
    stoppedAt: row?.stoppedAt ?? null,
  }
}

/** The member's choice on /account. Subscribing again also lifts a stop for failures: the member vouches for the address. */
export function updateSubscription(userId: number, choice: SubscriptionChoice) {
  writeTransaction((tx) => {
    const values = { subscribed: choice.subscribed, allSections: choice.allSections }
    const restart = choice.subscribed ? { stoppedAt: null, permanentFailures: 0 } : {}
    tx.insert(newsletterSubscriptions)
      .values({ userId, ...values })
      .onConflictDoUpdate({ target: newsletterSubscriptions.userId, set: { ...values, ...restart } })
      .run()
    tx.delete(newsletterSubscriptionSections).where(eq(newsletterSubscriptionSections.userId, userId)).run()
    if (!choice.allSections && choice.sectionIds.length > 0) {
      const known = tx.select({ id: sections.id }).from(sections).where(inArray(sections.id, choice.sectionIds)).all()
      tx.insert(newsletterSubscriptionSections)
        .values(known.map(({ id }) => ({ userId, sectionId: id })))
        .run()
    }
    syncEvent(tx, userId, 'unsubscribed')
  })
}

/** The unsubscribe link's POST: no login, the signed claim is the proof. False when the member is gone. */
export function unsubscribeByLink(claim: UnsubscribeClaim): boolean {
  return writeTransaction((tx) => {
    const updated = tx
      .update(newsletterSubscriptions)
      .set({ subscribed: false })
      .where(eq(newsletterSubscriptions.userId, claim.userId))
      .returning({ userId: newsletterSubscriptions.userId })
      .all()
    if (updated.length === 0) return tx.select({ id: users.id }).from(users).where(eq(users.id, claim.userId)).get() !== undefined
    const issue = tx.select({ id: newsletterIssues.id }).from(newsletterIssues).where(eq(newsletterIssues.id, claim.issueId)).get()
    syncEvent(tx, claim.userId, 'unsubscribed', issue?.id ?? null)
    return true
  })
}

/** Whether the member of a link still gets the newsletter (the confirmation page says so before the button). */
export function isSubscribed(userId: number): boolean {
  return getSubscription(userId).subscribed
}

/** A delivered issue: the address works, so earlier permanent failures no longer count. */
export function noteDelivered(tx: Tx, userId: number) {
  tx.update(newsletterSubscriptions)
    .set({ permanentFailures: 0 })
    .where(and(eq(newsletterSubscriptions.userId, userId), sql`${newsletterSubscriptions.permanentFailures} > 0`))
    .run()
}

/** A permanent refusal (5xx): after `permanentFailureLimit` in a row, or one "no such mailbox", deliveries stop. */
export function notePermanentFailure(tx: Tx, userId: number, code: number) {
  const strikes = mailboxGoneCodes.has(code) ? permanentFailureLimit : 1
  tx.update(newsletterSubscriptions)
    .set({
      permanentFailures: sql`${newsletterSubscriptions.permanentFailures} + ${strikes}`,
      stoppedAt: sql`case when ${newsletterSubscriptions.permanentFailures} + ${strikes} >= ${permanentFailureLimit} then coalesce(${newsletterSubscriptions.stoppedAt}, unixepoch()) else ${newsletterSubscriptions.stoppedAt} end`,
    })
    .where(eq(newsletterSubscriptions.userId, userId))
    .run()
  syncEvent(tx, userId, 'stopped')
}

/** Before an account is deleted (the subscription goes with it by foreign key): counted as an end, without the person. */
export function endForDeletedAccount(tx: Tx, userId: number) {
  tx.update(newsletterSubscriptions).set({ subscribed: false }).where(eq(newsletterSubscriptions.userId, userId)).run()
  syncEvent(tx, userId, 'deleted')
}

/** For "Download my data". */
export function exportSubscription(userId: number) {
  const subscription = getSubscription(userId)
  const chosen = subscription.allSections
    ? 'all'
    : db
        .select({ name: sections.name })
        .from(sections)
        .where(inArray(sections.id, subscription.sectionIds))
        .all()
        .map(({ name }) => name)
  return { subscribed: subscription.subscribed, sections: chosen, stoppedAt: subscription.stoppedAt?.toISOString() ?? null }
}
