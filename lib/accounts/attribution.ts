import 'server-only'
import { eq } from 'drizzle-orm'
import { z } from 'zod'
import { db, type Tx } from '@/db/client'
import { articles, signupAttributions } from '@/db/schema'
import { findGiftLinkId, isGiftTokenShaped } from '@/lib/articles/gift-links'
import { getPublicArticleId } from '@/lib/articles/queries'

// Where a new member came from, sent by the register form from what the browser kept of the landing
// (lib/core/landing.ts) and the page it returns to. Each value is checked here; one that is hostile, malformed or
// too long is dropped (stored as nothing), never refused: the registration itself must not fail over it.

const hostPattern = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/
// Letters and digits of any script, and the punctuation campaign names use; nothing a spreadsheet or HTML reads.
const utmPattern = /^[\p{L}\p{N}][\p{L}\p{N} ._\-+:/]{0,99}$/u

/** A form value kept when `accept` says so, otherwise null. */
const kept = (accept: (value: string) => boolean, normalise = (value: string) => value) =>
  z.string().transform((value) => {
    const normalised = normalise(value.trim())
    return normalised && accept(normalised) ? normalised : null
  })

export const attributionFields = {
  referrerHost: kept((value) => hostPattern.test(value), (value) => value.toLowerCase()),
  utmSource: kept((value) => utmPattern.test(value)),
  utmMedium: kept((value) => utmPattern.test(value)),
  utmCampaign: kept((value) => utmPattern.test(value)),
  gift: kept(isGiftTokenShaped),
}

export type CheckedLanding = { [K in keyof typeof attributionFields]: string | null }

/** The return path as stored: a path on this site without its query or fragment (which may hold tokens). */
export function returnPathOf(callbackUrl: string): string {
  return new URL(callbackUrl, 'http://insights.invalid').pathname
}

/** Writes the new member's one attribution row, in the registration's transaction. */
export function recordAttribution(tx: Tx, userId: number, callbackUrl: string, landing: CheckedLanding) {
  const returnPath = returnPathOf(callbackUrl)
  const slug = /^\/articles\/([^/]+)$/.exec(returnPath)?.[1]
  tx.insert(signupAttributions)
    .values({
      userId,
      returnPath,
      articleId: slug ? getPublicArticleId(slug) : null,
      referrerHost: landing.referrerHost,
      utmSource: landing.utmSource,
      utmMedium: landing.utmMedium,
      utmCampaign: landing.utmCampaign,
      giftLinkId: findGiftLinkId(landing.gift),
    })
    .run()
}

/** The member's attribution, for their data download. */
export function getAttribution(userId: number) {
  const row = db
    .select({
      returnPath: signupAttributions.returnPath,
      article: articles.title,
      referrerHost: signupAttributions.referrerHost,
      utmSource: signupAttributions.utmSource,
      utmMedium: signupAttributions.utmMedium,
      utmCampaign: signupAttributions.utmCampaign,
      giftLinkId: signupAttributions.giftLinkId,
      recordedAt: signupAttributions.createdAt,
    })
    .from(signupAttributions)
    .leftJoin(articles, eq(articles.id, signupAttributions.articleId))
    .where(eq(signupAttributions.userId, userId))
    .get()
  if (!row) return null
  const { giftLinkId, recordedAt, ...rest } = row
  return { ...rest, viaGiftLink: giftLinkId !== null, recordedAt: recordedAt.toISOString() }
}
