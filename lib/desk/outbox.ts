import 'server-only'
import { count, desc } from 'drizzle-orm'
import { db } from '@/db/client'
import { outbox } from '@/db/schema'
import { assertRole, required } from '@/lib/auth/roles'
import type { Viewer } from '@/lib/auth/session'
import { pageCount } from '@/lib/core/listing'

// The mails the site would have sent (lib/core/mail.ts keeps them when SMTP_URL is not set), for admins to read.

const outboxPageSize = 25

/** The stored mails, newest first, for admins. */
export function listOutbox(viewer: Viewer, page: number) {
  assertRole(viewer, required.outbox)
  const items = db
    .select()
    .from(outbox)
    .orderBy(desc(outbox.createdAt), desc(outbox.id))
    .limit(outboxPageSize)
    .offset((page - 1) * outboxPageSize)
    .all()
  const [{ total }] = db.select({ total: count() }).from(outbox).all()
  return { items, pageCount: pageCount(total, outboxPageSize) }
}
