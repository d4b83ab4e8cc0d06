import 'server-only'
import { createHash, randomBytes } from 'node:crypto'
import { and, count, desc, eq, gt, gte, isNull, sql } from 'drizzle-orm'
import { db, writeTransaction } from '@/db/client'
import { articles, giftLinks, users } from '@/db/schema'
import type { Viewer } from '@/lib/auth/session'
import { getSettings } from '@/lib/core/settings'
import { isPublic } from './queries'

// Gift links: a member gives one article to someone without a profile. The token is 32 random bytes (base64url) and
// only its SHA-256 is stored; it opens one article, for 30 days, until its giver revokes it. It names nothing of the
// giver but their first name, shown in the gifted page's banner. The paywall decision itself stays in paywall.ts,
// which asks findGift.

const day = 24 * 60 * 60 * 1000
export const giftLifetimeMs = 30 * day
const tokenPattern = /^[A-Za-z0-9_-]{43}$/

/** Whether a value could be a gift token at all (checked before anything is hashed or looked up). */
export function isGiftTokenShaped(value: unknown): value is string {
  return typeof value === 'string' && tokenPattern.test(value)
}

function hashGiftToken(token: string): string {
  return createHash('sha256').update(token).digest('hex')
}

/** The calendar month (UTC) that `now` falls in: the quota's window. */
export function quotaMonth(now: Date): { start: Date; next: Date } {
  const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1))
  const next = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1))
  return { start, next }
}

/** How many links are left this month, given how many were created in it (revoked ones count too). */
export function giftsLeft(createdThisMonth: number, perMonth: number): number {
  return Math.max(0, perMonth - createdThisMonth)
}

/** The first word of a name: all a gift says about its giver. */
export function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] ?? ''
}

export type CreateGiftResult =
  | { ok: true; token: string; slug: string; expiresAt: Date; left: number }
  | { ok: false; reason: 'quota'; perMonth: number; resetsAt: Date }
  | { ok: false; reason: 'not-found' }

/**
 * A new gift link from `giver` for an article readers may see, within the month's quota. The count and the insert
 * run in one transaction, so two presses at once cannot both take the last link.
 */
export function createGiftLink(giver: Viewer, articleId: number, now = new Date()): CreateGiftResult {
  const perMonth = getSettings().giftLinksPerMonth
  const month = quotaMonth(now)
  const token = randomBytes(32).toString('base64url')
  return writeTransaction((tx): CreateGiftResult => {
    const article = tx.select({ slug: articles.slug }).from(articles).where(and(eq(articles.id, articleId), isPublic())).get()
    if (!article) return { ok: false, reason: 'not-found' }
    const used = tx
      .select({ n: count() })
      .from(giftLinks)
      .where(and(eq(giftLinks.giverId, giver.id), gte(giftLinks.createdAt, month.start)))
      .get()!.n
    if (giftsLeft(used, perMonth) === 0) return { ok: false, reason: 'quota', perMonth, resetsAt: month.next }
    const expiresAt = new Date(now.getTime() + giftLifetimeMs)
    tx.insert(giftLinks).values({ tokenHash: hashGiftToken(token), articleId, giverId: giver.id, expiresAt, createdAt: now }).run()
    return { ok: true, token, slug: article.slug, expiresAt, left: giftsLeft(used + 1, perMonth) }
  })
}

function validGift(token: string, articleId: number, now: Date) {
  return and(
    eq(giftLinks.tokenHash, hashGiftToken(token)),
    eq(giftLinks.articleId, articleId),
    isNull(giftLinks.revokedAt),
    gt(giftLinks.expiresAt, now),
  )
}

/**
 * The gift `token` opens article `articleId` now: its link exists, is for that article, is not revoked and has not
 * expired. Returns the giver's first name for the banner, or null. (Whether the article is public is paywall.ts's
 * own check.)
 */
export function findGift(token: unknown, articleId: number, now = new Date()): { giverFirstName: string } | null {
  if (!isGiftTokenShaped(token)) return null
  const row = db
    .select({ name: users.name })
    .from(giftLinks)
    .innerJoin(users, eq(users.id, giftLinks.giverId))
    .where(validGift(token, articleId, now))
    .get()
  return row ? { giverFirstName: firstName(row.name) } : null
}

/** Counts one opening of a working gift link (the gifted page's beacon carries its token); false when it is not one. */
export function recordGiftOpen(token: unknown, articleId: number, now = new Date()): boolean {
  if (!isGiftTokenShaped(token)) return false
  const updated = db
    .update(giftLinks)
    .set({ opens: sql`${giftLinks.opens} + 1` })
    .where(validGift(token, articleId, now))
    .run()
  return updated.changes > 0
}

/** The link a token belongs to, working or not, to credit a registration to it; null for anything else. */
export function findGiftLinkId(token: unknown): number | null {
  if (!isGiftTokenShaped(token)) return null
  return db.select({ id: giftLinks.id }).from(giftLinks).where(eq(giftLinks.tokenHash, hashGiftToken(token))).get()?.id ?? null
}

/** A member's own gift links, newest first, for /account and the data download. */
export function listGiftLinks(userId: number) {
  return db
    .select({
      id: giftLinks.id,
      title: articles.title,
      slug: articles.slug,
      createdAt: giftLinks.createdAt,
      expiresAt: giftLinks.expiresAt,
      revokedAt: giftLinks.revokedAt,
      opens: giftLinks.opens,
    })
    .from(giftLinks)
    .innerJoin(articles, eq(articles.id, giftLinks.articleId))
    .where(eq(giftLinks.giverId, userId))
    .orderBy(desc(giftLinks.createdAt), desc(giftLinks.id))
    .all()
}

/** How many links the member may still create this month, and when the count starts again. */
export function getGiftAllowance(userId: number, now = new Date()) {
  const perMonth = getSettings().giftLinksPerMonth
  const month = quotaMonth(now)
  const used = db
    .select({ n: count() })
    .from(giftLinks)
    .where(and(eq(giftLinks.giverId, userId), gte(giftLinks.createdAt, month.start)))
    .get()!.n
  return { perMonth, left: giftsLeft(used, perMonth), resetsAt: month.next }
}

/** Revokes one of the member's own links at once; false when it is not theirs (or not there). */
export function revokeGiftLink(userId: number, linkId: number, now = new Date()): boolean {
  const updated = db
    .update(giftLinks)
    .set({ revokedAt: now })
    .where(and(eq(giftLinks.id, linkId), eq(giftLinks.giverId, userId), isNull(giftLinks.revokedAt)))
    .run()
  return updated.changes > 0
}
