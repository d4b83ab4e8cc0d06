import 'server-only'
import { count, desc, eq, gte, sql } from 'drizzle-orm'
import { db } from '@/db/client'
import { articleLikes, articles, users } from '@/db/schema'
import { lastUtcDays } from '@/lib/core/dates'
import { effectiveStatusSql } from './articles'
import { assertRole, required } from '@/lib/auth/roles'
import type { Viewer } from '@/lib/auth/session'

// The numbers on the desk's front page. Each is one indexed query; the per-day series are grouped in SQLite.

const dayMs = 24 * 60 * 60 * 1000

export type DailyPoint = { day: string; signups: number; likes: number }

function perDay(table: typeof users | typeof articleLikes, since: Date) {
  const day = sql<string>`date(${table.createdAt}, 'unixepoch')`
  const rows = db.select({ day, n: count() }).from(table).where(gte(table.createdAt, since)).groupBy(day).all()
  return new Map(rows.map((row) => [row.day, row.n]))
}

export function getDashboard(viewer: Viewer, now = new Date()) {
  assertRole(viewer, required.dashboard)
  const days = lastUtcDays(30, now)
  const since = (n: number) => new Date(now.getTime() - n * dayMs)
  const countSince = (table: typeof users | typeof articleLikes, n: number) =>
    db.select({ n: count() }).from(table).where(gte(table.createdAt, since(n))).get()!.n
  const firstDay = new Date(`${days[0]}T00:00:00Z`)
  const signups = perDay(users, firstDay)
  const likes = perDay(articleLikes, firstDay)

  return {
    members: {
      total: db.select({ n: count() }).from(users).get()!.n,
      last7: countSince(users, 7),
      last30: countSince(users, 30),
    },
    likes: { last7: countSince(articleLikes, 7), last30: countSince(articleLikes, 30) },
    articlesByStatus: db.select({ status: effectiveStatusSql(), n: count() }).from(articles).groupBy(effectiveStatusSql()).all(),
    topLiked: db
      .select({ id: articles.id, slug: articles.slug, title: articles.title, likes: count() })
      .from(articleLikes)
      .innerJoin(articles, eq(articles.id, articleLikes.articleId))
      .groupBy(articles.id)
      .orderBy(desc(count()), articles.title)
      .limit(5)
      .all(),
    newestMembers: db
      .select({ id: users.id, name: users.name, role: users.role, createdAt: users.createdAt })
      .from(users)
      .orderBy(desc(users.createdAt), desc(users.id))
      .limit(5)
      .all(),
    daily: days.map((day): DailyPoint => ({ day, signups: signups.get(day) ?? 0, likes: likes.get(day) ?? 0 })),
  }
}
