import 'server-only'
import { createHmac } from 'node:crypto'
import { lt, sql } from 'drizzle-orm'
import { db } from '@/db/client'
import { rateLimits } from '@/db/schema'
import { getAuthSecret } from '@/lib/core/env'

// Fixed-window rate limits, counted in SQLite so they survive a restart. Every attempt counts, successful or not,
// so the limit says nothing about whether an account exists. The tight limits are per account (or address) *and*
// client, so someone hammering an account from elsewhere does not lock its owner out; the looser per-account caps
// stop a distributed flood, and end with their window.

const minutes = (n: number) => n * 60

/** The documented thresholds: at most `limit` attempts per `windowSeconds`. */
export const rateLimitRules = {
  loginPerIp: { limit: 100, windowSeconds: minutes(15) },
  loginPerAccountAndIp: { limit: 10, windowSeconds: minutes(15) },
  loginPerAccount: { limit: 100, windowSeconds: minutes(60) },
  // The account page's own check of the current password (change password, delete profile), for a signed-in member.
  passwordCheckPerAccount: { limit: 10, windowSeconds: minutes(15) },
  // Enough for 30 colleagues behind one office address signing up during a seminar, with room for typos; a script
  // gets 50 accounts an hour from an address.
  registerPerIp: { limit: 50, windowSeconds: minutes(60) },
  mailLinkPerIp: { limit: 20, windowSeconds: minutes(60) },
  mailLinkPerEmailAndIp: { limit: 3, windowSeconds: minutes(15) },
  mailLinkPerEmail: { limit: 20, windowSeconds: minutes(60) },
  // Mail a member asks for from their profile: a new address's confirmation, the welcome link again.
  accountMailPerUser: { limit: 5, windowSeconds: minutes(60) },
  // The article beacons (wall seen, gift link opened) of one address: a reader does not meet 30 walls in 10 minutes,
  // and a script cannot add more than that to the counts.
  articleEventsPerIp: { limit: 30, windowSeconds: minutes(10) },
} as const

export type RateLimitRule = keyof typeof rateLimitRules

export type RateLimitResult = { ok: true } | { ok: false; retryAfterSeconds: number }

/** Counts one attempt against `rule` for `subject` (an email, an IP) and says whether it is within the limit. */
export function hitRateLimit(rule: RateLimitRule, subject: string, now = Date.now()): RateLimitResult {
  const { limit, windowSeconds } = rateLimitRules[rule]
  const nowSeconds = Math.floor(now / 1000)
  const expiredBefore = nowSeconds - windowSeconds
  const key = `${rule}:${subject.toLowerCase()}`
  const row = db
    .insert(rateLimits)
    .values({ key, windowStart: nowSeconds, count: 1 })
    .onConflictDoUpdate({
      target: rateLimits.key,
      set: {
        windowStart: sql`case when ${rateLimits.windowStart} <= ${expiredBefore} then ${nowSeconds} else ${rateLimits.windowStart} end`,
        count: sql`case when ${rateLimits.windowStart} <= ${expiredBefore} then 1 else ${rateLimits.count} + 1 end`,
      },
    })
    .returning({ windowStart: rateLimits.windowStart, count: rateLimits.count })
    .get()
  // Old windows are of no further use; the index on window_start keeps this cheap.
  db.delete(rateLimits).where(lt(rateLimits.windowStart, nowSeconds - 2 * 24 * 60 * 60)).run()
  if (row.count <= limit) return { ok: true }
  return { ok: false, retryAfterSeconds: row.windowStart + windowSeconds - nowSeconds }
}

/**
 * Counts the attempt against each rule in turn and stops at the first one over its limit, so a client already
 * refused (put its own rule first) uses up nothing that other clients share.
 */
export function hitRateLimits(hits: [RateLimitRule, string][], now = Date.now()): RateLimitResult {
  for (const [rule, subject] of hits) {
    const result = hitRateLimit(rule, subject, now)
    if (!result.ok) return result
  }
  return { ok: true }
}

/** The rules of a login attempt, client first. */
export function loginAttempt(email: string, ip: string): [RateLimitRule, string][] {
  return [
    ['loginPerIp', ip],
    ['loginPerAccountAndIp', `${email} ${ip}`],
    ['loginPerAccount', email],
  ]
}

/** The rules of a request for a reset or sign-in link, client first. */
export function mailLinkRequest(email: string, ip: string): [RateLimitRule, string][] {
  return [
    ['mailLinkPerIp', ip],
    ['mailLinkPerEmailAndIp', `${email} ${ip}`],
    ['mailLinkPerEmail', email],
  ]
}

/**
 * A client address as a rate-limit subject that does not store it: a keyed hash (HMAC with AUTH_SECRET), so the
 * counters table holds no address, and the 2^32 IPv4 addresses cannot simply be hashed to read it back.
 */
export function addressSubject(ip: string): string {
  return createHmac('sha256', getAuthSecret()).update(ip).digest('hex').slice(0, 32)
}

/** "Try again in 12 minutes." */
export function retryMessage(retryAfterSeconds: number): string {
  const minutesLeft = Math.max(1, Math.ceil(retryAfterSeconds / 60))
  return `Too many attempts. Try again in ${minutesLeft} ${minutesLeft === 1 ? 'minute' : 'minutes'}.`
}
