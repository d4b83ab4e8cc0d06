import 'server-only'
import { and, desc, eq, ne } from 'drizzle-orm'
import { SqliteError } from 'better-sqlite3'
import { db, writeTransaction } from '@/db/client'
import { articleLikes, articles, auditLog, outbox, seminarSignups, users } from '@/db/schema'
import { hashPassword } from '@/lib/auth/passwords'
import { revokeTokens } from '@/lib/auth/tokens'
import { getUserById, normaliseEmail } from '@/lib/auth/users'
import { listGiftLinks } from '@/lib/articles/gift-links'
import { fillFreeSeats, listMemberSignups } from '@/lib/programme/seats'
import { endForDeletedAccount, exportSubscription, subscribeNewMember } from '@/lib/newsletter/subscriptions'
import { getAttribution, recordAttribution, type CheckedLanding } from './attribution'

// A member's own profile: registration, name, a confirmed new address, the download of their data, and deletion.

export type CreateReaderResult = { ok: true; userId: number } | { ok: false; reason: 'email-taken' }

/**
 * A new reader account, with where they came from (`callbackUrl`, the page they return to, and what the browser
 * kept of their landing) in the same transaction.
 */
export async function createReader(
  input: { name: string; email: string; password: string; newsletter?: boolean },
  origin: { callbackUrl: string; landing: CheckedLanding },
): Promise<CreateReaderResult> {
  const passwordHash = await hashPassword(input.password)
  try {
    const userId = writeTransaction((tx) => {
      const [user] = tx
        .insert(users)
        .values({ name: input.name.trim(), email: normaliseEmail(input.email), passwordHash, role: 'reader' })
        .returning({ id: users.id })
        .all()
      recordAttribution(tx, user.id, origin.callbackUrl, origin.landing)
      if (input.newsletter) subscribeNewMember(tx, user.id)
      return user.id
    })
    return { ok: true, userId }
  } catch (error) {
    // The unique index decides between two simultaneous registrations with one email.
    if (error instanceof SqliteError && error.code === 'SQLITE_CONSTRAINT_UNIQUE') {
      return { ok: false, reason: 'email-taken' }
    }
    throw error
  }
}

export function updateName(userId: number, name: string) {
  db.update(users).set({ name: name.trim() }).where(eq(users.id, userId)).run()
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
    signedUpFrom: getAttribution(user.id),
    newsletter: exportSubscription(user.id),
    giftLinks: listGiftLinks(user.id).map(({ title, slug, createdAt, expiresAt, revokedAt, opens }) => ({
      article: title,
      slug,
      createdAt: createdAt.toISOString(),
      expiresAt: expiresAt.toISOString(),
      revokedAt: revokedAt?.toISOString() ?? null,
      opens,
    })),
  }
}

/** `promoted`: who moved up into the seminar seats the account held, to be mailed. */
export type DeleteAccountResult = { ok: true; promoted: { userId: number; articleId: number }[] } | { ok: false; reason: 'last-admin' }

/**
 * Deletes the account: the user row goes, and with it (by foreign key) their likes, seminar places, links, gift links,
 * sign-up attribution and newsletter subscription, and the mails kept
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
    // Entries about an account name it by its address alone (lib/desk/users.ts).
    tx.update(auditLog).set({ subject: replacement }).where(eq(auditLog.subject, user.email)).run()
    tx.delete(outbox).where(eq(outbox.to, user.email)).run()
    const seats = tx
      .select({ articleId: seminarSignups.articleId })
      .from(seminarSignups)
      .where(and(eq(seminarSignups.userId, userId), eq(seminarSignups.status, 'confirmed')))
      .all()
    endForDeletedAccount(tx, userId)
    tx.delete(users).where(eq(users.id, userId)).run()
    // Their seats (gone with them by foreign key) go to the waiting lists.
    const promoted = seats.flatMap(({ articleId }) => fillFreeSeats(tx, articleId).map((promotedId) => ({ userId: promotedId, articleId })))
    return { ok: true, promoted }
  })
}
