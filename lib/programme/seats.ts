import 'server-only'
import { and, asc, count, eq, lte } from 'drizzle-orm'
import { db, type Tx, writeTransaction } from '@/db/client'
import { articles, seminars, seminarSignups, type SignupStatus } from '@/db/schema'
import { isPublic } from '@/lib/articles/queries'
import type { Viewer } from '@/lib/auth/session'

// Seats at seminars and briefings. Every change runs in a write transaction (BEGIN IMMEDIATE), so sign-ups arriving
// at once are counted one after the other: never more confirmed seats than the capacity, first come first served.

/** `changed`: false when the member already had that place (nothing to mail). */
export type SignupResult = { ok: true; status: SignupStatus; changed: boolean } | { ok: false; message: string }
/** `promoted`: the members who moved up from the waiting list into the freed seat. */
export type CancelResult = { ok: true; changed: boolean; promoted: number[] } | { ok: false; message: string }

const closedMessage = 'This seminar is not open for sign-up.'
const pastMessage = 'This seminar has taken place; it takes no more sign-ups.'

function getOpenSeminar(tx: Tx, articleId: number) {
  return tx
    .select({ startsAt: seminars.startsAt, capacity: seminars.capacity })
    .from(seminars)
    .innerJoin(articles, eq(articles.id, seminars.articleId))
    .where(and(eq(seminars.articleId, articleId), isPublic()))
    .get()
}

/** How many seats are taken. */
export function countTakenSeats(tx: Tx, articleId: number) {
  return tx
    .select({ n: count() })
    .from(seminarSignups)
    .where(and(eq(seminarSignups.articleId, articleId), eq(seminarSignups.status, 'confirmed')))
    .get()!.n
}

/**
 * Gives free seats to the waiting list, first come first served, and returns who moved up. Called when a seat is
 * given back (also by an account's deletion) and when staff raise the capacity. A seminar that has taken place, or
 * that readers cannot see, moves no one.
 */
export function fillFreeSeats(tx: Tx, articleId: number, now = new Date()): number[] {
  const seminar = getOpenSeminar(tx, articleId)
  if (!seminar || seminar.startsAt <= now) return []
  const free = seminar.capacity - countTakenSeats(tx, articleId)
  if (free <= 0) return []
  const moving = tx
    .select({ id: seminarSignups.id, userId: seminarSignups.userId })
    .from(seminarSignups)
    .where(and(eq(seminarSignups.articleId, articleId), eq(seminarSignups.status, 'waiting')))
    .orderBy(asc(seminarSignups.id))
    .limit(free)
    .all()
  for (const { id } of moving) tx.update(seminarSignups).set({ status: 'confirmed' }).where(eq(seminarSignups.id, id)).run()
  return moving.map((signup) => signup.userId)
}

/** Signs the member up: a seat while there is one, otherwise a place on the waiting list. Signing up twice is a no-op. */
export function signUpForSeminar(viewer: Viewer, articleId: number, now = new Date()): SignupResult {
  return writeTransaction((tx) => {
    const seminar = getOpenSeminar(tx, articleId)
    if (!seminar) return { ok: false, message: closedMessage }
    if (seminar.startsAt <= now) return { ok: false, message: pastMessage }
    const existing = tx
      .select({ status: seminarSignups.status })
      .from(seminarSignups)
      .where(and(eq(seminarSignups.articleId, articleId), eq(seminarSignups.userId, viewer.id)))
      .get()
    if (existing) return { ok: true, status: existing.status, changed: false }
    const status: SignupStatus = countTakenSeats(tx, articleId) < seminar.capacity ? 'confirmed' : 'waiting'
    tx.insert(seminarSignups).values({ articleId, userId: viewer.id, status }).run()
    return { ok: true, status, changed: true }
  })
}

/** Gives the member's seat (or waiting place) back; the first on the waiting list gets a freed seat. */
export function cancelSeminarSignup(viewer: Viewer, articleId: number, now = new Date()): CancelResult {
  return writeTransaction((tx) => {
    const seminar = getOpenSeminar(tx, articleId)
    if (!seminar) return { ok: false, message: closedMessage }
    if (seminar.startsAt <= now) return { ok: false, message: 'This seminar has taken place.' }
    const { changes } = tx
      .delete(seminarSignups)
      .where(and(eq(seminarSignups.articleId, articleId), eq(seminarSignups.userId, viewer.id)))
      .run()
    return { ok: true, changed: changes > 0, promoted: fillFreeSeats(tx, articleId, now) }
  })
}

export type SeatState = {
  capacity: number
  confirmed: number
  waiting: number
  /** The viewer's own place: their status and, on the waiting list, their position in it (1-based). */
  mine: { status: SignupStatus; position: number } | null
}

/** How full the seminar is, and where the member stands. */
export function getSeatState(articleId: number, viewer: Viewer): SeatState | null {
  const seminar = db.select({ capacity: seminars.capacity }).from(seminars).where(eq(seminars.articleId, articleId)).get()
  if (!seminar) return null
  const counts = db
    .select({ status: seminarSignups.status, n: count() })
    .from(seminarSignups)
    .where(eq(seminarSignups.articleId, articleId))
    .groupBy(seminarSignups.status)
    .all()
  const of = (status: SignupStatus) => counts.find((row) => row.status === status)?.n ?? 0
  const own = db
    .select({ id: seminarSignups.id, status: seminarSignups.status })
    .from(seminarSignups)
    .where(and(eq(seminarSignups.articleId, articleId), eq(seminarSignups.userId, viewer.id)))
    .get()
  const position = own?.status === 'waiting'
    ? db
        .select({ n: count() })
        .from(seminarSignups)
        .where(and(eq(seminarSignups.articleId, articleId), eq(seminarSignups.status, 'waiting'), lte(seminarSignups.id, own.id)))
        .get()!.n
    : 0
  return { capacity: seminar.capacity, confirmed: of('confirmed'), waiting: of('waiting'), mine: own ? { status: own.status, position } : null }
}

/** The member's seats and waiting places, for the download of their data. */
export function listMemberSignups(userId: number) {
  return db
    .select({ seminar: articles.title, slug: articles.slug, startsAt: seminars.startsAt, status: seminarSignups.status, signedUpAt: seminarSignups.createdAt })
    .from(seminarSignups)
    .innerJoin(seminars, eq(seminars.articleId, seminarSignups.articleId))
    .innerJoin(articles, eq(articles.id, seminarSignups.articleId))
    .where(eq(seminarSignups.userId, userId))
    .orderBy(asc(seminars.startsAt))
    .all()
}
