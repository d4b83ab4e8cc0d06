import 'server-only'
import { and, asc, eq, gte, inArray, lt, ne } from 'drizzle-orm'
import { db, writeTransaction } from '@/db/client'
import { articlePresence, articles, users } from '@/db/schema'
import { assertRole, canEditArticle, ForbiddenError, required } from '@/lib/auth/roles'
import type { Viewer } from '@/lib/auth/session'

// Who has an article open in the editor. The editor beats every 20 seconds while its tab is visible
// (useOthersEditing in app/admin/articles/editor-hooks.ts); a person seen within the last minute counts as editing.
// Nothing is locked: a tab closed without a word just stops beating.

/** Three missed beats and a person no longer counts as editing. */
const presenceSeconds = 60

const since = (now: Date) => new Date(now.getTime() - presenceSeconds * 1000)

/** Records that the viewer has the article open in the editor; answers who else has. Only for those who may edit it. */
export function recordEditing(viewer: Viewer, articleId: number, now = new Date()): string[] {
  assertRole(viewer, required.desk)
  const article = db.select({ createdById: articles.createdById, status: articles.status }).from(articles).where(eq(articles.id, articleId)).get()
  if (!article || !canEditArticle(viewer, article)) throw new ForbiddenError()
  writeTransaction((tx) => {
    tx.delete(articlePresence).where(lt(articlePresence.seenAt, since(now))).run()
    tx.insert(articlePresence)
      .values({ articleId, userId: viewer.id, seenAt: now })
      .onConflictDoUpdate({ target: [articlePresence.articleId, articlePresence.userId], set: { seenAt: now } })
      .run()
  })
  return listEditing(viewer, [articleId], now).get(articleId) ?? []
}

/** For each of the articles, the names of the others who have it open in the editor now. */
export function listEditing(viewer: Viewer, articleIds: number[], now = new Date()): Map<number, string[]> {
  assertRole(viewer, required.desk)
  const rows = db
    .select({ articleId: articlePresence.articleId, name: users.name })
    .from(articlePresence)
    .innerJoin(users, eq(users.id, articlePresence.userId))
    .where(and(inArray(articlePresence.articleId, articleIds), ne(articlePresence.userId, viewer.id), gte(articlePresence.seenAt, since(now))))
    .orderBy(asc(users.name))
    .all()
  const editing = new Map<number, string[]>()
  for (const row of rows) editing.set(row.articleId, [...(editing.get(row.articleId) ?? []), row.name])
  return editing
}
