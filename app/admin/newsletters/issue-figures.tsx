import Link from 'next/link'
import { formatDateTime } from '@/lib/core/dates'
import type { IssueSummary } from '@/lib/newsletter/issues'
import { DeskTable } from '../desk-list'

const statusText = (issue: IssueSummary) =>
  issue.status === 'scheduled' && issue.scheduledAt
    ? `Scheduled for ${formatDateTime(issue.scheduledAt)}`
    : issue.status === 'sent' && issue.finishedAt
      ? `Sent, done ${formatDateTime(issue.finishedAt)}`
      : issue.status === 'sending'
        ? 'Sending'
        : 'Draft'

/** Issues with what became of each: the desk's list, and the head of one issue's page. */
export function IssueTable({ issues, linked = true }: { issues: IssueSummary[]; linked?: boolean }) {
  return (
    <DeskTable columns={['Subject', 'Status (Copenhagen)', 'Recipients', 'Sent', 'Pending', 'Failed', 'Unsubscribes']}>
      {issues.map((issue) => (
        <tr key={issue.id} className="border-b border-neutral-200">
          <td className="py-2 pr-4">
            {linked ? (
              <Link href={`/admin/newsletters/${issue.id}`} className="underline">
                {issue.subject}
              </Link>
            ) : (
              issue.subject
            )}
          </td>
          <td className="py-2 pr-4">{statusText(issue)}</td>
          {[issue.recipients, issue.sent, issue.pending, issue.failed, issue.unsubscribes].map((value, i) => (
            <td key={i} className="py-2 pr-4 text-right tabular-nums">
              {Number(value).toLocaleString('en')}
            </td>
          ))}
        </tr>
      ))}
    </DeskTable>
  )
}
