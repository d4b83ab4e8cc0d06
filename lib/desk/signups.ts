import 'server-only'
import { asc, eq, sql } from 'drizzle-orm'
import { db, writeTransaction } from '@/db/client'
import { articles, seminars, seminarSignups, users } from '@/db/schema'
import { assertRole, required } from '@/lib/auth/roles'
import type { Viewer } from '@/lib/auth/session'
import { recordAudit } from './audit'

// Who signed up for a seminar, for editors: the list on the desk and its CSV download.

/** A seminar and who signed up for it, seats first, then the waiting list in order: for staff. Null if no seminar. */
export function getSeminarSignups(viewer: Viewer, articleId: number) {
  assertRole(viewer, required.editAny)
  const seminar = db
    .select({ title: articles.title, slug: articles.slug, startsAt: seminars.startsAt, capacity: seminars.capacity })
    .from(seminars)
    .innerJoin(articles, eq(articles.id, seminars.articleId))
    .where(eq(seminars.articleId, articleId))
    .get()
  if (!seminar) return null
  const signups = db
    .select({ name: users.name, email: users.email, status: seminarSignups.status, signedUpAt: seminarSignups.createdAt })
    .from(seminarSignups)
    .innerJoin(users, eq(users.id, seminarSignups.userId))
    .where(eq(seminarSignups.articleId, articleId))
    .orderBy(sql`${seminarSignups.status} = 'waiting'`, asc(seminarSignups.id))
    .all()
  return { ...seminar, signups }
}

/** The same list for a download, noted in the audit log: it is members' personal data leaving the site. */
export function exportSeminarSignups(viewer: Viewer, articleId: number) {
  const list = getSeminarSignups(viewer, articleId)
  if (list) {
    writeTransaction((tx) =>
      recordAudit(tx, viewer, 'seminar.signups-exported', `“${list.title}” (/articles/${list.slug})`, `${list.signups.length} rows`),
    )
  }
  return list
}
