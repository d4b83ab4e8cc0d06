import 'server-only'
import { and, eq } from 'drizzle-orm'
import { db } from '@/db/client'
import { articles, publications, talks } from '@/db/schema'
import type { Viewer } from '@/lib/auth/session'
import { isSlug } from '@/lib/core/slugs'
import { isPublic } from './queries'
import { parseVideoUrl, type Video } from './video'

// The paywall decision. No other query in the app selects an article's members-only body, a talk's video address or
// a publication's PDF file: every other read (lib/articles/queries.ts) leaves those columns out, so they cannot
// reach an anonymous page, its RSC payload, its metadata, a feed or the search snippets.

/** For members: the body, a talk's video, and whether a publication's PDF can be downloaded. */
export type ArticleBody = { access: 'full'; bodyHtml: string; video: Video | null; hasPdf: boolean } | { access: 'wall' }

/**
 * The paywall decision, made here and nowhere else: the members-only HTML, a talk's video and a publication's PDF
 * leave the database only for a signed-in member, for an article readers may see.
 */
export function getBodyForViewer(articleId: number, viewer: Viewer | null): ArticleBody {
  if (!viewer) return { access: 'wall' }
  const row = db
    .select({ bodyHtml: articles.bodyHtml, videoUrl: talks.videoUrl, pdfFile: publications.pdfFile })
    .from(articles)
    .leftJoin(talks, eq(talks.articleId, articles.id))
    .leftJoin(publications, eq(publications.articleId, articles.id))
    .where(and(eq(articles.id, articleId), isPublic()))
    .get()
  if (!row) return { access: 'wall' }
  return {
    access: 'full',
    bodyHtml: row.bodyHtml,
    video: row.videoUrl ? parseVideoUrl(row.videoUrl) : null,
    hasPdf: row.pdfFile !== null,
  }
}

/** A publication's PDF, under the same rule: only for a signed-in member, only for a publication readers may see. */
export function getPdfForViewer(slug: string, viewer: Viewer | null): { articleId: number; slug: string; file: string } | null {
  if (!viewer || !isSlug(slug)) return null
  const row = db
    .select({ articleId: articles.id, slug: articles.slug, file: publications.pdfFile })
    .from(publications)
    .innerJoin(articles, eq(articles.id, publications.articleId))
    .where(and(eq(articles.slug, slug), isPublic()))
    .get()
  return row ?? null
}
