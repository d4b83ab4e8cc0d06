import 'server-only'
import { and, count, desc, eq, ne } from 'drizzle-orm'
import { z } from 'zod'
import { db, type Tx, writeTransaction } from '@/db/client'
import { roles } from '@/db/enums'
import { users, type Role } from '@/db/schema'
import { assertRole, required } from '@/lib/auth/roles'
import type { Viewer } from '@/lib/auth/session'
import { revokeTokens } from '@/lib/auth/tokens'
import { containsText, pageCount } from '@/lib/core/listing'
import { idSchema } from '@/lib/core/params'
import { recordAudit } from './audit'

// Members and staff, as admins manage them.

const pageSize = 25

export function listUsers(viewer: Viewer, filter: { q: string; role?: Role; page: number }) {
  assertRole(viewer, required.users)
  const where = and(
    filter.q ? containsText(filter.q, users.name, users.email) : undefined,
    filter.role ? eq(users.role, filter.role) : undefined,
  )
  const items = db
    .select({ id: users.id, name: users.name, email: users.email, role: users.role, disabled: users.disabled, createdAt: users.createdAt })
    .from(users)
    .where(where)
    .orderBy(desc(users.createdAt), desc(users.id))
    .limit(pageSize)
    .offset((filter.page - 1) * pageSize)
    .all()
  const [{ total }] = db.select({ total: count() }).from(users).where(where).all()
  return { items, total, pageCount: pageCount(total, pageSize) }
}

/** The role form: whose role, and the new one. */
export const roleChangeSchema = z.object({ userId: idSchema, role: z.enum(roles) })
/** The enable/disable form: whose account, and whether it is to be disabled. */
export const accountStateSchema = z.object({ userId: idSchema, disabled: z.enum(['true', 'false']).transform((value) => value === 'true') })

export type UserChangeResult = { ok: true } | { ok: false; message: string }

/** True when someone other than `userId` is an enabled admin: the publication must always keep one. */
function anotherAdminRemains(tx: Tx, userId: number) {
  const [{ admins }] = tx
    .select({ admins: count() })
    .from(users)
    .where(and(eq(users.role, 'admin'), eq(users.disabled, false), ne(users.id, userId)))
    .all()
  return admins > 0
}

const lastAdminMessage = 'This is the only admin left. Make someone else an admin first.'

export function changeRole(actor: Viewer, userId: number, role: Role): UserChangeResult {
  assertRole(actor, required.users)
  return writeTransaction((tx) => {
    const user = tx.select().from(users).where(eq(users.id, userId)).get()
    if (!user) return { ok: false, message: 'There is no such account.' }
    if (user.role === role) return { ok: true }
    if (user.role === 'admin' && !anotherAdminRemains(tx, userId)) return { ok: false, message: lastAdminMessage }
    tx.update(users).set({ role }).where(eq(users.id, userId)).run()
    recordAudit(tx, actor, 'user.role-changed', user.email, `${user.role} → ${role}`)
    return { ok: true }
  })
}

/** Disabling ends the account's sessions at once (a new sessionVersion) and keeps it from logging in. */
export function setAccountDisabled(actor: Viewer, userId: number, disabled: boolean): UserChangeResult {
  assertRole(actor, required.users)
  return writeTransaction((tx) => {
    const user = tx.select().from(users).where(eq(users.id, userId)).get()
    if (!user) return { ok: false, message: 'There is no such account.' }
    if (user.disabled === disabled) return { ok: true }
    if (disabled && user.role === 'admin' && !anotherAdminRemains(tx, userId)) return { ok: false, message: lastAdminMessage }
    tx.update(users)
      .set({ disabled, sessionVersion: disabled ? user.sessionVersion + 1 : user.sessionVersion })
      .where(eq(users.id, userId))
      .run()
    if (disabled) revokeTokens(userId, tx)
    recordAudit(tx, actor, disabled ? 'user.disabled' : 'user.enabled', user.email)
    return { ok: true }
  })
}
