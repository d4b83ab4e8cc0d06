import type { Metadata } from 'next'
import { Pagination } from '@/app/_components/pagination'
import { formatDateTime } from '@/lib/core/dates'
import { getMailConfig } from '@/lib/core/env'
import { listOutbox } from '@/lib/desk/outbox'
import { requirePageParam } from '@/lib/core/params'
import { required } from '@/lib/auth/roles'
import { requireRole } from '@/lib/auth/session'

export const metadata: Metadata = { title: 'Outbox' }

type Props = { searchParams: Promise<{ page?: string | string[] }> }

/**
 * The links' tokens are hidden: a working reset or sign-in link would let whoever reads the outbox into that
 * account. (The stored message keeps them, for whoever runs the server.)
 */
function withoutTokens(text: string) {
  return text.replace(/([?&]token=)[A-Za-z0-9_-]+/g, '$1[hidden]')
}

/** Mail the site would have sent: without SMTP_URL every mail is kept here instead. */
export default async function OutboxPage({ searchParams }: Props) {
  const viewer = await requireRole(required.outbox, '/admin/outbox')
  const page = requirePageParam((await searchParams).page)
  const { items, pageCount } = listOutbox(viewer, page)
  return (
    <>
      <h1 className="mb-2 font-serif text-3xl font-bold">Outbox</h1>
      <p className="mb-6 text-sm text-muted">
        {getMailConfig().smtpUrl
          ? 'Mail is sent through SMTP_URL; this list holds what was kept before it was set.'
          : 'No SMTP server is set (SMTP_URL), so mail is kept here instead of being sent.'}
      </p>
      <ul className="flex flex-col gap-3">
        {items.map((mail) => (
          <li key={mail.id} className="rounded border border-neutral-200 p-3">
            <details>
              <summary className="cursor-pointer">
                <strong>{mail.subject}</strong> to {mail.to}{' '}
                <span className="text-sm text-muted">· {formatDateTime(mail.createdAt)}</span>
              </summary>
              <pre className="mt-3 whitespace-pre-wrap break-words text-sm">{withoutTokens(mail.text)}</pre>
            </details>
          </li>
        ))}
      </ul>
      {items.length === 0 && <p>No mail yet.</p>}
      <Pagination path="/admin/outbox" page={page} pageCount={pageCount} />
    </>
  )
}
