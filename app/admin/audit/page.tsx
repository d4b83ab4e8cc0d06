import type { Metadata } from 'next'
import { Pagination } from '@/app/_components/pagination'
import { listAuditEntries } from '@/lib/desk/audit'
import { formatDateTime } from '@/lib/core/dates'
import { requirePageParam } from '@/lib/core/params'
import { required } from '@/lib/auth/roles'
import { requireRole } from '@/lib/auth/session'
import { DeskTable } from '../desk-list'

export const metadata: Metadata = { title: 'Audit log' }

type Props = { searchParams: Promise<{ page?: string | string[] }> }

export default async function AuditPage({ searchParams }: Props) {
  const viewer = await requireRole(required.audit, '/admin/audit')
  const page = requirePageParam((await searchParams).page)
  const { items, pageCount } = listAuditEntries(viewer, page)
  return (
    <>
      <h1 className="mb-6 font-serif text-3xl font-bold">Audit log</h1>
      <DeskTable columns={['When (Copenhagen)', 'Who', 'What', 'Of', 'Detail']}>
          {items.map((entry) => (
            <tr key={entry.id} className="border-b border-neutral-200">
              <td className="py-2 pr-4 whitespace-nowrap">{formatDateTime(entry.createdAt)}</td>
              <td className="py-2 pr-4">{entry.actorName}</td>
              <td className="py-2 pr-4">{entry.action}</td>
              <td className="py-2 pr-4">{entry.subject}</td>
              <td className="py-2">{entry.detail}</td>
            </tr>
          ))}
      </DeskTable>
      {items.length === 0 && <p className="mt-4">Nothing has been recorded yet.</p>}
      <Pagination path="/admin/audit" page={page} pageCount={pageCount} />
    </>
  )
}
