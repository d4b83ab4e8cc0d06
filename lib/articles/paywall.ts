import 'server-only'
import { and, eq, sql } from 'drizzle-orm'
import { db, preparedOnce } from '@/db/client'
import { articles, publications, talks } from '@/db/schema'
import type { Viewer } from '@/lib/auth/session'
import { isSlug } from '@/lib/core/slugs'
import { findGift } from './gift-links'
import { isPublic } from './queries'
import { parseVideoUrl, type Video } from './video'

// The paywall decision. No other query in the app selects an article's members-only body, a talk's video address or
// a publication's PDF file: every other read (lib/articles/queries.ts) leaves those columns out, so they cannot
// reach an anonymous page, its RSC payload, its metadata, a feed or the search snippets.

/**
 * For members and gifted readers: the body, a talk's video, and whether a publication's PDF can be downloaded;
 * `giftFrom` (the giver's first name) when a gift link opened it.
 */
export type ArticleBody =
  | { access: 'full'; bodyHtml: string; video: Video | null; hasPdf: boolean; giftFrom?: string }
  | { access: 'wall' }

/** Who may be let past the wall: a signed-in member, or a reader holding a gift link's token (or neither). */
function admits(articleId: number, viewer: Viewer | null, giftToken: unknown): { giftFrom?: string } | null {
  if (viewer) return {}
  const gift = giftToken === undefined ? null : findGift(giftToken, articleId)
  return gift && { giftFrom: gift.giverFirstName }
}

/**
 * The paywall decision, made here and nowhere else: the members-only HTML, a talk's video and a publication's PDF
 * leave the database only for a signed-in member, or for a working gift link to that very article (not revoked, not
 * expired), and only for an article readers may see.
 */
export function getBodyForViewer(articleId: number, viewer: Viewer | null, giftToken?: unknown): ArticleBody {
  const admitted = admits(articleId, viewer, giftToken)
  if (!admitted) return { access: 'wall' }
  const row = membersOnlyPart().get({ articleId, now: new Date() })
  if (!row) return { access: 'wall' }
  return {
    access: 'full',
    bodyHtml: row.bodyHtml,
    video: row.videoUrl ? parseVideoUrl(row.videoUrl) : null,
    hasPdf: row.pdfFile !== null,
    ...admitted,
  }
}

const membersOnlyPart = preparedOnce(() =>
  db
    .select({ bodyHtml: articles.bodyHtml, videoUrl: talks.videoUrl, pdfFile: publications.pdfFile })
    .from(articles)
    .leftJoin(talks, eq(talks.articleId, articles.id))
    .leftJoin(publications, eq(publications.articleId, articles.id))
    .where(and(eq(articles.id, sql.placeholder('articleId')), isPublic(sql.placeholder('now'))))
    .prepare(),
)

/**
 * A publication's PDF, under the same rule: only for a signed-in member or a working gift link to it, only for a
 * publication readers may see.
 */
export function getPdfForViewer(slug: string, viewer: Viewer | null, giftToken?: unknown): { articleId: number; slug: string; file: string } | null {
  if ((!viewer && giftToken === undefined) || !isSlug(slug)) return null
  const row = db
    .select({ articleId: articles.id, slug: articles.slug, file: publications.pdfFile })
    .from(publications)
    .innerJoin(articles, eq(articles.id, publications.articleId))
    .where(and(eq(articles.slug, slug), isPublic()))
    .get()
  return row && admits(row.articleId, viewer, giftToken) ? row : null
}
