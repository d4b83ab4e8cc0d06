import 'server-only'
import { count, desc } from 'drizzle-orm'
import { db, type Tx } from '@/db/client'
import { auditLog, type AuditAction } from '@/db/schema'
import { pageCount } from '@/lib/core/listing'
import { assertRole, required } from '@/lib/auth/roles'
import type { Viewer } from '@/lib/auth/session'

/** Records a staff action. Called inside the transaction that makes the change, so both or neither are kept. */
export function recordAudit(tx: Tx, actor: Viewer, action: AuditAction, subject: string, detail = '') {
  tx.insert(auditLog).values({ actorId: actor.id, actorName: `${actor.name} <${actor.email}>`, action, subject, detail }).run()
}

const pageSize = 50

export function listAuditEntries(viewer: Viewer, page: number) {
  assertRole(viewer, required.audit)
  const items = db
    .select()
    .from(auditLog)
    .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .all()
  const [{ total }] = db.select({ total: count() }).from(auditLog).all()
  return { items, pageCount: pageCount(total, pageSize) }
}
