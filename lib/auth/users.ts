import 'server-only'
import { and, desc, eq, isNull, ne, sql } from 'drizzle-orm'
import { SqliteError } from 'better-sqlite3'
import { db, writeTransaction } from '@/db/client'
import { articleLikes, articles, auditLog, outbox, seminarSignups, users } from '@/db/schema'
import { hashPassword, verifyPassword } from './passwords'
import { fillFreeSeats, listMemberSignups } from '../programme/seats'
import { revokeTokens } from './tokens'

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase()
}

export function getUserById(id: number) {
  return db.select().from(users).where(eq(users.id, id)).get() ?? null
}

/** The user whose email and password match, or null. Unknown email and wrong password cost the same time. */
export async function findUserByCredentials(email: string, password: string) {
  const user = findUserByEmail(email)
  const ok = await verifyPassword(user?.passwordHash ?? null, password)
  return ok && user && !user.disabled ? user : null
}

export type CreateReaderResult = { ok: true; userId: number } | { ok: false; reason: 'email-taken' }

export async function createReader(input: { name: string; email: string; password: string }): Promise<CreateReaderResult> {
  const passwordHash = await hashPassword(input.password)
  try {
    const [user] = db
      .insert(users)
      .values({ name: input.name.trim(), email: normaliseEmail(input.email), passwordHash, role: 'reader' })
      .returning({ id: users.id })
      .all()
    return { ok: true, userId: user.id }
  } catch (error) {
    // The unique index decides between two simultaneous registrations with one email.
    if (error instanceof SqliteError && error.code === 'SQLITE_CONSTRAINT_UNIQUE') {
      return { ok: false, reason: 'email-taken' }
    }
    throw error
  }
}

/** The account with this email, enabled or not, or null. */
export function findUserByEmail(email: string) {
  return db.select().from(users).where(eq(users.email, normaliseEmail(email))).get() ?? null
}

/** An enabled account by email, or null. */
export function findActiveUserByEmail(email: string) {
  const user = findUserByEmail(email)
  return user && !user.disabled ? user : null
}

export function updateName(userId: number, name: string) {
  db.update(users).set({ name: name.trim() }).where(eq(users.id, userId)).run()
}

/** Ends every session of the user at its next request, and every link mailed to them. */
export function endAllSessions(userId: number) {
  writeTransaction((tx) => {
    tx.update(users)
      .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(eq(users.id, userId))
      .run()
    revokeTokens(userId, tx)
  })
}

/** Sets a new password and ends every session and mailed link (the caller may sign the current browser in again). */
export async function setPassword(userId: number, password: string) {
  const passwordHash = await hashPassword(password)
  writeTransaction((tx) => {
    tx.update(users)
      .set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(eq(users.id, userId))
      .run()
    revokeTokens(userId, tx)
  })
}

/** Records that the member has shown the address is theirs. */
export function markEmailVerified(userId: number) {
  db.update(users)
    .set({ emailVerifiedAt: new Date() })
    .where(and(eq(users.id, userId), isNull(users.emailVerifiedAt)))
    .run()
}

/** Moves the account to a confirmed new address; false when another account took it meanwhile. */
export function changeEmailAddress(userId: number, email: string): boolean {
  try {
    writeTransaction((tx) => {
      tx.update(users).set({ email, emailVerifiedAt: new Date() }).where(eq(users.id, userId)).run()
      revokeTokens(userId, tx)
    })
    return true
  } catch (error) {
    if (error instanceof SqliteError && error.code === 'SQLITE_CONSTRAINT_UNIQUE') return false
    throw error
  }
}

/** True when `password` is the user's current password. */
export async function checkPassword(userId: number, password: string): Promise<boolean> {
  return verifyPassword(getUserById(userId)?.passwordHash ?? null, password)
}

/** Everything stored about the member, for "Download my data". */
export function exportUserData(userId: number) {
  const user = getUserById(userId)
  if (!user) return null
  const likes = db
    .select({ article: articles.title, slug: articles.slug, likedAt: articleLikes.createdAt })
    .from(articleLikes)
    .innerJoin(articles, eq(articles.id, articleLikes.articleId))
    .where(eq(articleLikes.userId, userId))
    .orderBy(desc(articleLikes.createdAt))
    .all()
  return {
    profile: {
      name: user.name,
      email: user.email,
      emailVerified: user.emailVerifiedAt !== null,
      role: user.role,
      createdAt: user.createdAt.toISOString(),
    },
    likes: likes.map((like) => ({ ...like, likedAt: like.likedAt.toISOString() })),
    seminars: listMemberSignups(user.id).map((signup) => ({
      ...signup,
      startsAt: signup.startsAt.toISOString(),
      signedUpAt: signup.signedUpAt.toISOString(),
    })),
  }
}

/** `promoted`: who moved up into the seminar seats the account held, to be mailed. */
export type DeleteAccountResult = { ok: true; promoted: { userId: number; articleId: number }[] } | { ok: false; reason: 'last-admin' }

/**
 * Deletes the account: the user row goes, and with it (by foreign key) their likes, seminar places and links, and the mails kept
 * for them in the outbox. Staff records keep what they need without the person: the audit log's copies of their
 * name and email are replaced.
 */
export function deleteAccount(userId: number): DeleteAccountResult {
  return writeTransaction((tx) => {
    const user = tx.select().from(users).where(eq(users.id, userId)).get()
    if (!user) return { ok: true, promoted: [] }
    if (user.role === 'admin') {
      const others = tx
        .select({ id: users.id })
        .from(users)
        .where(and(eq(users.role, 'admin'), eq(users.disabled, false), ne(users.id, userId)))
        .get()
      if (!others) return { ok: false, reason: 'last-admin' }
    }
    const replacement = `deleted account #${user.id}`
    tx.update(auditLog).set({ actorName: replacement }).where(eq(auditLog.actorId, userId)).run()
    // Entries about an account name it by its address alone (lib/people.ts).
    tx.update(auditLog).set({ subject: replacement }).where(eq(auditLog.subject, user.email)).run()
    tx.delete(outbox).where(eq(outbox.to, user.email)).run()
    const seats = tx
      .select({ articleId: seminarSignups.articleId })
      .from(seminarSignups)
      .where(and(eq(seminarSignups.userId, userId), eq(seminarSignups.status, 'confirmed')))
      .all()
    tx.delete(users).where(eq(users.id, userId)).run()
    // Their seats (gone with them by foreign key) go to the waiting lists.
    const promoted = seats.flatMap(({ articleId }) => fillFreeSeats(tx, articleId).map((promotedId) => ({ userId: promotedId, articleId })))
    return { ok: true, promoted }
  })
}
