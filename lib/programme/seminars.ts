import 'server-only'
import { and, asc, count, desc, eq, gt, lte } from 'drizzle-orm'
import { db } from '@/db/client'
import { articles, seminars } from '@/db/schema'
import { isPublic } from '@/lib/articles/queries'
import { pageCount } from '@/lib/core/listing'

// Seminars as a seminar section lists them: those to come, then those that have taken place.

/** What lists and mails show of a seminar. */
export const seminarColumns = {
  id: articles.id,
  slug: articles.slug,
  title: articles.title,
  lede: articles.lede,
  startsAt: seminars.startsAt,
  durationMinutes: seminars.durationMinutes,
  venue: seminars.venue,
}

/** A section's seminars still to come, soonest first. */
export function listUpcomingSeminars(sectionId: number, now = new Date(), limit = 50) {
  return db
    .select(seminarColumns)
    .from(seminars)
    .innerJoin(articles, eq(articles.id, seminars.articleId))
    .where(and(isPublic(), eq(articles.sectionId, sectionId), gt(seminars.startsAt, now)))
    .orderBy(asc(seminars.startsAt))
    .limit(limit)
    .all()
}

const pastPageSize = 12

/** One page of a section's seminars that have taken place, the latest first. */
export function listPastSeminars(sectionId: number, page: number, now = new Date()) {
  const where = and(isPublic(), eq(articles.sectionId, sectionId), lte(seminars.startsAt, now))
  const items = db
    .select(seminarColumns)
    .from(seminars)
    .innerJoin(articles, eq(articles.id, seminars.articleId))
    .where(where)
    .orderBy(desc(seminars.startsAt))
    .limit(pastPageSize)
    .offset((page - 1) * pastPageSize)
    .all()
  const [{ total }] = db.select({ total: count() }).from(seminars).innerJoin(articles, eq(articles.id, seminars.articleId)).where(where).all()
  return { items, pageCount: pageCount(total, pastPageSize) }
}
