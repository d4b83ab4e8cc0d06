import 'server-only'
import { sql } from 'drizzle-orm'
import { z } from 'zod'
import { writeTransaction } from '@/db/client'
import { articleEvents } from '@/db/schema'
import { recordGiftOpen } from './gift-links'
import { isArticlePublic } from './queries'

// What the article beacons report (app/api/events): the wall seen, a gift link opened. Each adds one to a counter per
// article, UTC day and kind, and nothing else is kept: no address, no cookie, no time of day.

/** The largest body a beacon sends, with room to spare; anything longer is refused unread. */
export const maxEventBytes = 512

const articleId = z.number().int().positive().max(Number.MAX_SAFE_INTEGER)

export const articleEventSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('wall-impression'), articleId }),
  z.strictObject({ type: z.literal('gift-open'), articleId, token: z.string().max(64) }),
])

export type ArticleEvent = z.output<typeof articleEventSchema>

/** A beacon's body (JSON text), or null when it is not one. */
export function parseArticleEvent(text: string): ArticleEvent | null {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return null
  }
  const parsed = articleEventSchema.safeParse(json)
  return parsed.success ? parsed.data : null
}

/**
 * Counts the event, or refuses it (false, nothing written): the article must be one readers can see, and a gift
 * opening needs a working gift link to that article (whose own count of openings goes up with it).
 */
export function recordArticleEvent(event: ArticleEvent, now = new Date()): boolean {
  const day = now.toISOString().slice(0, 10)
  return writeTransaction((tx) => {
    if (!isArticlePublic(event.articleId)) return false
    if (event.type === 'gift-open' && !recordGiftOpen(event.token, event.articleId, now)) return false
    tx.insert(articleEvents)
      .values({ articleId: event.articleId, day, kind: event.type, count: 1 })
      .onConflictDoUpdate({
        target: [articleEvents.articleId, articleEvents.day, articleEvents.kind],
        set: { count: sql`${articleEvents.count} + 1` },
      })
      .run()
    return true
  })
}
