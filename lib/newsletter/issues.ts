import 'server-only'
import { and, asc, count, desc, eq, gt, inArray, lte, ne, sql } from 'drizzle-orm'
import { db, writeTransaction, type Tx } from '@/db/client'
import {
  articles,
  newsletterDeliveries,
  newsletterEvents,
  newsletterIssueArticles,
  newsletterIssues,
  newsletterSubscriptions,
  newsletterSubscriptionSections,
  sections,
  seminars,
  users,
} from '@/db/schema'
import { assertRole, required } from '@/lib/auth/roles'
import type { Viewer } from '@/lib/auth/session'
import { isPublic } from '@/lib/articles/queries'
import type { IssueInput } from './issue-form'
import { receivesNewsletter } from './subscriptions'

// The desk's side of the newsletter: issues written, scheduled and sent, and what became of each. Sending an issue
// writes one delivery row per recipient in the same transaction that marks it as sending; lib/newsletter/sender.ts
// works through them.

/** What an issue may present: the latest public articles, and every public seminar still to come. */
export function listIssueCandidates(now = new Date()) {
  const columns = { id: articles.id, title: articles.title, section: sections.name, publishedAt: articles.publishedAt }
  const latest = db
    .select(columns)
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .where(and(isPublic(), ne(sections.kind, 'seminar')))
    .orderBy(desc(articles.publishedAt))
    .limit(40)
    .all()
  const upcoming = db
    .select({ ...columns, startsAt: seminars.startsAt })
    .from(seminars)
    .innerJoin(articles, eq(articles.id, seminars.articleId))
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .where(and(isPublic(), gt(seminars.startsAt, now)))
    .orderBy(asc(seminars.startsAt))
    .all()
  return { latest, upcoming }
}

export function getIssue(viewer: Viewer, id: number) {
  assertRole(viewer, required.newsletters)
  const issue = db.select().from(newsletterIssues).where(eq(newsletterIssues.id, id)).get()
  if (!issue) return null
  const articleIds = db
    .select({ id: newsletterIssueArticles.articleId })
    .from(newsletterIssueArticles)
    .where(eq(newsletterIssueArticles.issueId, id))
    .orderBy(asc(newsletterIssueArticles.position))
    .all()
    .map((row) => row.id)
  return { ...issue, articleIds }
}

export type Issue = NonNullable<ReturnType<typeof getIssue>>

export type SaveIssueResult = { ok: true; id: number } | { ok: false; reason: 'not-editable' | 'not-public' }

/** Creates a draft, or changes one (an issue that has begun sending, or is scheduled, is not changed). */
export function saveIssue(actor: Viewer, input: IssueInput): SaveIssueResult {
  assertRole(actor, required.newsletters)
  return writeTransaction((tx) => {
    const visible = tx.select({ id: articles.id }).from(articles).where(and(isPublic(), inArray(articles.id, input.articleIds))).all()
    if (visible.length !== new Set(input.articleIds).size) return { ok: false, reason: 'not-public' }
    const fields = { subject: input.subject, intro: input.intro }
    let id = input.id
    if (id === null) {
      id = tx.insert(newsletterIssues).values({ ...fields, createdById: actor.id }).returning({ id: newsletterIssues.id }).get().id
    } else {
      const updated = tx
        .update(newsletterIssues)
        .set(fields)
        .where(and(eq(newsletterIssues.id, id), eq(newsletterIssues.status, 'draft')))
        .returning({ id: newsletterIssues.id })
        .all()
      if (updated.length === 0) return { ok: false, reason: 'not-editable' }
      tx.delete(newsletterIssueArticles).where(eq(newsletterIssueArticles.issueId, id)).run()
    }
    const issueId = id
    tx.insert(newsletterIssueArticles)
      .values([...new Set(input.articleIds)].map((articleId, position) => ({ issueId, articleId, position })))
      .run()
    return { ok: true, id: issueId }
  })
}

/**
 * Queues one delivery per recipient, in one statement (nothing of the list is held in memory): members who get the
 * newsletter (subscribed, address confirmed, not stopped, not disabled) and whose sections include one of the issue's.
 */
function queueRecipients(tx: Tx, issueId: number, now: Date) {
  const at = Math.floor(now.getTime() / 1000)
  const { userId, allSections } = newsletterSubscriptions
  tx.run(sql`
    insert into ${newsletterDeliveries} (issue_id, user_id, status, next_attempt_at)
    select ${issueId}, ${userId}, 'pending', ${at}
    from ${newsletterSubscriptions} join ${users} on ${users.id} = ${userId}
    where ${receivesNewsletter()} and (${allSections} = 1 or exists (
      select 1 from ${newsletterSubscriptionSections}
      join ${articles} on ${articles.sectionId} = ${newsletterSubscriptionSections.sectionId}
      join ${newsletterIssueArticles} on ${newsletterIssueArticles.articleId} = ${articles.id}
      where ${newsletterSubscriptionSections.userId} = ${userId} and ${newsletterIssueArticles.issueId} = ${issueId}))`)
  tx.update(newsletterIssues).set({ status: 'sending', startedAt: now }).where(eq(newsletterIssues.id, issueId)).run()
}

/** Starts sending a draft or scheduled issue now. False when it has already begun. */
export function sendIssueNow(actor: Viewer, issueId: number, now = new Date()): boolean {
  assertRole(actor, required.newsletters)
  return writeTransaction((tx) => {
    const issue = tx.select({ status: newsletterIssues.status }).from(newsletterIssues).where(eq(newsletterIssues.id, issueId)).get()
    if (!issue || (issue.status !== 'draft' && issue.status !== 'scheduled')) return false
    queueRecipients(tx, issueId, now)
    return true
  })
}

/** A draft goes out at `at` (the sender starts it); a scheduled one can go back to being a draft. */
export function scheduleIssue(actor: Viewer, issueId: number, at: Date | null): boolean {
  assertRole(actor, required.newsletters)
  const [from, to] = at ? (['draft', 'scheduled'] as const) : (['scheduled', 'draft'] as const)
  const changed = db
    .update(newsletterIssues)
    .set({ status: to, scheduledAt: at })
    .where(and(eq(newsletterIssues.id, issueId), eq(newsletterIssues.status, from)))
    .returning({ id: newsletterIssues.id })
    .all()
  return changed.length > 0
}

/** Scheduled issues whose time has come start sending, each in a transaction of its own. */
export function startDueIssues(now = new Date()) {
  const due = db
    .select({ id: newsletterIssues.id })
    .from(newsletterIssues)
    .where(and(eq(newsletterIssues.status, 'scheduled'), lte(newsletterIssues.scheduledAt, now)))
    .all()
  for (const { id } of due) {
    writeTransaction((tx) => {
      const still = tx.select({ status: newsletterIssues.status }).from(newsletterIssues).where(eq(newsletterIssues.id, id)).get()
      if (still?.status === 'scheduled') queueRecipients(tx, id, now)
    })
  }
}

/** Each issue (or only `issueId`) with what became of it: recipients, sent, pending, failed, and the unsubscribes its mails led to. */
export function listIssues(viewer: Viewer, issueId?: number) {
  assertRole(viewer, required.newsletters)
  const deliveries = db
    .select({
      issueId: newsletterDeliveries.issueId,
      recipients: count().as('recipients'),
      sent: sql<number>`sum(${newsletterDeliveries.status} = 'sent')`.as('sent'),
      pending: sql<number>`sum(${newsletterDeliveries.status} in ('pending', 'sending'))`.as('pending'),
      failed: sql<number>`sum(${newsletterDeliveries.status} = 'failed')`.as('failed'),
    })
    .from(newsletterDeliveries)
    .groupBy(newsletterDeliveries.issueId)
    .as('deliveries')
  const unsubscribes = db
    .select({ issueId: newsletterEvents.issueId, unsubscribes: count().as('unsubscribes') })
    .from(newsletterEvents)
    .where(eq(newsletterEvents.kind, 'unsubscribed'))
    .groupBy(newsletterEvents.issueId)
    .as('unsubscribes')
  return db
    .select({
      id: newsletterIssues.id,
      subject: newsletterIssues.subject,
      status: newsletterIssues.status,
      scheduledAt: newsletterIssues.scheduledAt,
      startedAt: newsletterIssues.startedAt,
      finishedAt: newsletterIssues.finishedAt,
      recipients: sql<number>`coalesce(${deliveries.recipients}, 0)`,
      sent: sql<number>`coalesce(${deliveries.sent}, 0)`,
      pending: sql<number>`coalesce(${deliveries.pending}, 0)`,
      failed: sql<number>`coalesce(${deliveries.failed}, 0)`,
      unsubscribes: sql<number>`coalesce(${unsubscribes.unsubscribes}, 0)`,
    })
    .from(newsletterIssues)
    .leftJoin(deliveries, eq(deliveries.issueId, newsletterIssues.id))
    .leftJoin(unsubscribes, eq(unsubscribes.issueId, newsletterIssues.id))
    .where(issueId === undefined ? undefined : eq(newsletterIssues.id, issueId))
    .orderBy(desc(newsletterIssues.id))
    .all()
}

export type IssueSummary = ReturnType<typeof listIssues>[number]
