import 'server-only'
import { and, eq, sql } from 'drizzle-orm'
import { db, preparedOnce, writeTransaction } from '@/db/client'
import { articleLikes } from '@/db/schema'
import { isArticlePublic } from './queries'
import type { LikeState } from './like-wording'

export function getLikeState(articleId: number, userId: number | null): LikeState {
  const row = likeState().get({ articleId, userId: userId ?? -1 })!
  return { count: row.count, liked: row.liked > 0 }
}

const likeState = preparedOnce(() =>
  db
    .select({
      count: sql<number>`count(*)`,
      liked: sql<number>`coalesce(sum(${articleLikes.userId} = ${sql.placeholder('userId')}), 0)`,
    })
    .from(articleLikes)
    .where(eq(articleLikes.articleId, sql.placeholder('articleId')))
    .prepare(),
)

/**
 * Records whether the member likes the article. Idempotent: a retried request or a second tab cannot undo what
 * the reader meant. Null when the article is not one readers may see.
 */
export function setLike(articleId: number, userId: number, liked: boolean): LikeState | null {
  return writeTransaction((tx) => {
    if (!isArticlePublic(articleId)) return null
    if (liked) {
      tx.insert(articleLikes).values({ articleId, userId }).onConflictDoNothing().run()
    } else {
      tx.delete(articleLikes)
        .where(and(eq(articleLikes.articleId, articleId), eq(articleLikes.userId, userId)))
        .run()
    }
    return getLikeState(articleId, userId)
  })
}
