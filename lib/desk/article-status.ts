// How an article's status and publication date follow from what the editor did. Pure, so it is tested alone.
import type { ArticleStatus, AuditAction } from '@/db/schema'

export const articleIntents = ['save', 'publish', 'unpublish', 'archive'] as const
export type ArticleIntent = (typeof articleIntents)[number]

/** Everything but a plain save changes what readers see, so it needs an editor. */
export function isPublishingIntent(intent: ArticleIntent): boolean {
  return intent !== 'save'
}

export type Publication = { status: ArticleStatus; publishedAt: Date | null }

/**
 * `publish` with a date still to come schedules; without a date it publishes now. A plain `save` keeps a live
 * article live, re-deciding published/scheduled from its (possibly edited) date.
 */
export function nextPublication(
  current: Publication | null,
  intent: ArticleIntent,
  requestedDate: Date | null,
  now: Date,
): Publication {
  const live = (date: Date): Publication => ({ status: date > now ? 'scheduled' : 'published', publishedAt: date })
  switch (intent) {
    case 'publish':
      return live(requestedDate ?? now)
    case 'unpublish':
      return { status: 'draft', publishedAt: requestedDate }
    case 'archive':
      return { status: 'archived', publishedAt: current?.publishedAt ?? requestedDate }
    case 'save':
      if (current && (current.status === 'published' || current.status === 'scheduled')) {
        return live(requestedDate ?? current.publishedAt ?? now)
      }
      return { status: current?.status ?? 'draft', publishedAt: requestedDate }
  }
}

/** The audit log entry a change of publication calls for, if any. */
export function publicationAuditAction(before: Publication | null, after: Publication): AuditAction | null {
  const same = before?.status === after.status && before.publishedAt?.getTime() === after.publishedAt?.getTime()
  if (same) return null
  if (after.status === 'published' && before?.status !== 'published') return 'article.published'
  if (after.status === 'scheduled') return 'article.scheduled'
  if (after.status === 'archived' && before?.status !== 'archived') return 'article.archived'
  if (after.status === 'draft' && (before?.status === 'published' || before?.status === 'scheduled')) {
    return 'article.unpublished'
  }
  return null
}

/** A scheduled article whose time has come is published, though its row still says scheduled. */
export function effectiveStatus(status: ArticleStatus, publishedAt: Date | null, now = new Date()): ArticleStatus {
  return status === 'scheduled' && publishedAt !== null && publishedAt <= now ? 'published' : status
}

/** Whether readers see the article now, or will at a set time: saving it changes what readers get. */
export function concernsReaders(publication: Publication | null): boolean {
  return publication?.status === 'published' || publication?.status === 'scheduled'
}
