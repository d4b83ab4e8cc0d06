import 'server-only'
import { and, count, desc, eq, gte, isNotNull, sql } from 'drizzle-orm'
import { db } from '@/db/client'
import { newsletterDeliveries, newsletterEvents, newsletterSubscriptions, users } from '@/db/schema'
import { assertRole, required } from '@/lib/auth/roles'
import type { Viewer } from '@/lib/auth/session'
import { lastUtcDays } from '@/lib/core/dates'
import { receivesNewsletter } from './subscriptions'

// What the desk sees of the newsletter besides its issues (lib/newsletter/issues.ts: listIssues): how many get it,
// how that changed, and the addresses deliveries stopped for.

export function countSubscribers(): number {
  return db
    .select({ n: count() })
    .from(newsletterSubscriptions)
    .innerJoin(users, eq(users.id, newsletterSubscriptions.userId))
    .where(receivesNewsletter())
    .get()!.n
}

const change = sql<number>`sum(case ${newsletterEvents.kind} when 'started' then 1 else -1 end)`

/**
 * Subscribers at the end of each of the last `days` UTC days: today's count, walked back through the recorded
 * starts and ends, so the last point is always the true count.
 */
export function subscribersOverTime(days: number, now = new Date()) {
  const dayList = lastUtcDays(days, now)
  const since = new Date(`${dayList[0]}T00:00:00Z`)
  const day = sql<string>`date(${newsletterEvents.createdAt}, 'unixepoch')`
  const perDay = new Map(
    db
      .select({ day, n: change })
      .from(newsletterEvents)
      .where(gte(newsletterEvents.createdAt, since))
      .groupBy(day)
      .all()
      .map((row) => [row.day, Number(row.n)]),
  )
  let atEnd = countSubscribers()
  return dayList
    .toReversed()
    .map((date) => {
      const point = { day: date, subscribers: atEnd }
      atEnd -= perDay.get(date) ?? 0
      return point
    })
    .toReversed()
}

/** Addresses that get no newsletter after repeated permanent failures, with the last refusal. */
export function listStoppedAddresses(viewer: Viewer) {
  assertRole(viewer, required.newsletters)
  const lastError = sql<string | null>`(select ${newsletterDeliveries.lastError} from ${newsletterDeliveries}
    where ${newsletterDeliveries.userId} = ${users.id} and ${newsletterDeliveries.status} = 'failed'
    order by ${newsletterDeliveries.issueId} desc limit 1)`
  return db
    .select({ email: users.email, stoppedAt: newsletterSubscriptions.stoppedAt, lastError })
    .from(newsletterSubscriptions)
    .innerJoin(users, eq(users.id, newsletterSubscriptions.userId))
    .where(and(isNotNull(newsletterSubscriptions.stoppedAt), eq(newsletterSubscriptions.subscribed, true)))
    .orderBy(desc(newsletterSubscriptions.stoppedAt))
    .limit(200)
    .all()
}
