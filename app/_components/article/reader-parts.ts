import 'server-only'
import type { LikeState } from '@/lib/articles/like-wording'
import { getLikeState } from '@/lib/articles/likes'
import { getBodyForViewer, type ArticleBody } from '@/lib/articles/paywall'
import { getArticleReaderFacts } from '@/lib/articles/queries'
import { hasRole, required } from '@/lib/auth/roles'
import type { Viewer } from '@/lib/auth/session'
import { getSeatState, type SeatState } from '@/lib/programme/seats'

/**
 * What of an article page is the reader's own, for the page every reader with a session cookie gets (the static
 * reader variant, which holds only public content): who is signed in, their like, their seminar seat, and the
 * members-only part as getBodyForViewer decides it. Sent by GET /api/articles/[slug]/reader, for this reader only.
 */
export type ReaderParts = {
  viewer: { name: string; staff: boolean } | null
  like: LikeState
  /** A seminar's seats and the member's own; `started` once it has begun, after which it takes no sign-ups. */
  seat: SeatState | 'started' | null
  /** The members-only part, or the wall; null for an article that has none. */
  body: ArticleBody | null
}

export function getReaderParts(slug: string, viewer: Viewer | null): ReaderParts | null {
  const article = getArticleReaderFacts(slug)
  if (!article) return null
  const startsAt = article.seminarStartsAt
  return {
    viewer: viewer && { name: viewer.name, staff: hasRole(viewer.role, required.desk) },
    like: getLikeState(article.id, viewer?.id ?? null),
    seat: !viewer || !startsAt ? null : startsAt <= new Date() ? 'started' : getSeatState(article.id, viewer),
    body: article.walled ? getBodyForViewer(article.id, viewer) : null,
  }
}
