import 'server-only'
import { and, eq, lte } from 'drizzle-orm'
import type { Tx } from '@/db/client'
import { articleRevisions, users } from '@/db/schema'
import type { Viewer } from '@/lib/auth/session'
import { formatDateTime } from '@/lib/core/dates'
import type { ArticleFormValues } from './article-form'
import { readArticleForEditing } from './articles'
import { mergeEdits, type Collision } from './edit-collision'

// Each save keeps what it wrote, as the editor's fields, so that a save refused for coming from an older version
// can be merged against the version its editor started from (lib/desk/edit-collision.ts). These run inside the
// save's transaction; readArticleForEditing reads through the same single connection, so it sees the
// transaction's own writes.

/** Enough for an editor left open through many saves by others; an older start merges without its base. */
const keptRevisions = 20

function storedValues(articleId: number): ArticleFormValues {
  const article = readArticleForEditing(articleId)
  if (!article) throw new Error(`Article ${articleId} is gone in the middle of its save`)
  return article.values
}

/** Keeps what the save of `version` wrote. Called last in the save, once the tags, co-authors and details are in. */
export function recordRevision(tx: Tx, articleId: number, version: number, savedBy: Viewer, now: Date) {
  tx.insert(articleRevisions)
    .values({ articleId, version, fields: storedValues(articleId), savedById: savedBy.id, createdAt: now })
    .run()
  tx.delete(articleRevisions)
    .where(and(eq(articleRevisions.articleId, articleId), lte(articleRevisions.version, version - keptRevisions)))
    .run()
}

/**
 * Keeps the stored article as its current version when no save has recorded it (an article written before
 * versions were kept, or by the seed), so that an editor who opened that version can be merged against it.
 * Called before the save changes anything.
 */
export function keepCurrentRevision(tx: Tx, article: { id: number; version: number; updatedAt: Date }) {
  const kept = tx
    .select({ version: articleRevisions.version })
    .from(articleRevisions)
    .where(and(eq(articleRevisions.articleId, article.id), eq(articleRevisions.version, article.version)))
    .get()
  if (kept) return
  const fields = storedValues(article.id)
  tx.insert(articleRevisions).values({ articleId: article.id, version: article.version, fields, createdAt: article.updatedAt }).run()
}

function findRevision(tx: Tx, articleId: number, version: number) {
  return tx
    .select({ fields: articleRevisions.fields, savedById: articleRevisions.savedById, savedBy: users.name, at: articleRevisions.createdAt })
    .from(articleRevisions)
    .leftJoin(users, eq(users.id, articleRevisions.savedById))
    .where(and(eq(articleRevisions.articleId, articleId), eq(articleRevisions.version, version)))
    .get()
}

/**
 * The answer to a save from version `from` of an article now at `current`: who saved in between and when, and
 * the editor's fields merged with what is stored. Nothing is written.
 */
export function describeCollision(
  tx: Tx,
  actor: Viewer,
  article: { id: number; version: number; updatedAt: Date },
  from: number | null,
  mine: ArticleFormValues,
): { message: string; collision: Collision } {
  const latest = findRevision(tx, article.id, article.version)
  const base = from === null ? undefined : findRevision(tx, article.id, from)
  const merged = mergeEdits((base?.fields as ArticleFormValues | undefined) ?? null, mine, storedValues(article.id))
  const at = formatDateTime(latest?.at ?? article.updatedAt)
  const who =
    latest?.savedById === actor.id
      ? `You saved this article in another window at ${at} (Copenhagen time)`
      : `${latest?.savedBy ?? 'Someone'} saved this article at ${at} (Copenhagen time)`
  return {
    message: `${who}, after you opened it. Nothing was saved: check the changes below, then save again.`,
    collision: { version: article.version, ...merged },
  }
}
