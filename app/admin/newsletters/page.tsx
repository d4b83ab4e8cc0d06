import type { Metadata } from 'next'
import Link from 'next/link'
import { required } from '@/lib/auth/roles'
import { requireRole } from '@/lib/auth/session'
import { formatDateTime } from '@/lib/core/dates'
import { listIssues } from '@/lib/newsletter/issues'
import { countSubscribers, listStoppedAddresses, subscribersOverTime } from '@/lib/newsletter/stats'
import { permanentFailureLimit } from '@/lib/newsletter/subscriptions'
import { DeskTable } from '../desk-list'
import { IssueTable } from './issue-figures'
import { SubscribersChart } from './subscribers-chart'

export const metadata: Metadata = { title: 'Newsletters' }

export default async function NewslettersPage() {
  const viewer = await requireRole(required.newsletters, '/admin/newsletters')
  const issues = listIssues(viewer)
  const stopped = listStoppedAddresses(viewer)
  return (
    <>
      <div className="mb-6 flex flex-wrap items-baseline justify-between gap-4">
        <h1 className="font-serif text-3xl font-bold">Newsletters</h1>
        <Link href="/admin/newsletters/new" className="rounded bg-brand px-4 py-2 font-semibold text-white">
          New newsletter
        </Link>
      </div>
      <p className="mb-4">
        <strong>{countSubscribers().toLocaleString('en')}</strong> members get the newsletter (subscribed, with a confirmed address).
      </p>
      <SubscribersChart points={subscribersOverTime(90)} />
      <h2 className="mt-8 mb-3 text-xl font-bold">Issues</h2>
      {issues.length === 0 ? <p className="text-muted">No newsletters yet.</p> : <IssueTable issues={issues} />}
      <h2 className="mt-8 mb-3 text-xl font-bold">Addresses we stopped sending to</h2>
      <p className="mb-3 text-sm">
        After {permanentFailureLimit} permanent refusals in a row, or one “no such mailbox” (550, 551, 553), an address gets no more newsletters
        until its member subscribes again on their profile.
      </p>
      {stopped.length === 0 ? (
        <p className="text-muted">None.</p>
      ) : (
        <DeskTable columns={['Email', 'Stopped (Copenhagen)', 'Last refusal']}>
          {stopped.map((row) => (
            <tr key={row.email} className="border-b border-neutral-200 align-top">
              <td className="py-2 pr-4">{row.email}</td>
              <td className="py-2 pr-4">{row.stoppedAt && formatDateTime(row.stoppedAt)}</td>
              <td className="py-2">{row.lastError}</td>
            </tr>
          ))}
        </DeskTable>
      )}
    </>
  )
}
