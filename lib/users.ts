import 'server-only'
import { eq } from 'drizzle-orm'
import { SqliteError } from 'better-sqlite3'
import { db } from '@/db/client'
import { users } from '@/db/schema'
import { hashPassword, verifyPassword } from './passwords'

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase()
}

export function getUserById(id: number) {
  return db.select().from(users).where(eq(users.id, id)).get() ?? null
}

/** The user whose email and password match, or null. Unknown email and wrong password cost the same time. */
export async function findUserByCredentials(email: string, password: string) {
  const user = db
    .select()
    .from(users)
    .where(eq(users.email, normaliseEmail(email)))
    .get()
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
