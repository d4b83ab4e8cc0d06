import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { required } from '@/lib/auth/roles'
import { requireRole } from '@/lib/auth/session'
import { parseIdParam } from '@/lib/core/params'
import { composeIssueMail, loadIssueContent } from '@/lib/newsletter/compose'
import { getIssue, listIssues } from '@/lib/newsletter/issues'
import { countSubscribers } from '@/lib/newsletter/stats'
import { issueCandidates } from '../candidates'
import { IssueTable } from '../issue-figures'
import { IssueForm, ScheduleForm, SendNowForm, SendTestForm, UnscheduleForm } from '../issue-forms'

export const metadata: Metadata = { title: 'Newsletter' }

export default async function IssuePage({ params }: { params: Promise<{ id: string }> }) {
  const { id: rawId } = await params
  const viewer = await requireRole(required.newsletters, `/admin/newsletters/${encodeURIComponent(rawId)}`)
  const id = parseIdParam(rawId)
  const issue = id && getIssue(viewer, id)
  if (!issue) notFound()
  const plainText = composeIssueMail(loadIssueContent(issue), viewer).text
  return (
    <>
      <p className="text-sm">
        <Link href="/admin/newsletters" className="underline">
          All newsletters
        </Link>
      </p>
      <h1 className="mt-2 mb-4 font-serif text-3xl font-bold">{issue.subject}</h1>
      <IssueTable issues={listIssues(viewer, issue.id)} linked={false} />
      {issue.status === 'draft' && (
        <section aria-labelledby="edit-heading" className="mt-8">
          <h2 id="edit-heading" className="mb-3 text-xl font-bold">
            Edit
          </h2>
          <IssueForm issue={issue} {...issueCandidates()} />
        </section>
      )}
      <section aria-labelledby="preview-heading" className="mt-8">
        <h2 id="preview-heading" className="mb-3 text-xl font-bold">
          Preview
        </h2>
        <p className="mb-3">
          <a href={`/admin/newsletters/${issue.id}/preview`} target="_blank" className="font-semibold text-brand underline">
            Open the mail as a member will see it
          </a>{' '}
          (addressed to you; save the draft first to see your changes).
        </p>
        <details>
          <summary className="cursor-pointer">The plain-text part</summary>
          <pre className="mt-2 max-w-3xl overflow-x-auto whitespace-pre-wrap rounded border border-neutral-200 p-3 text-sm">{plainText}</pre>
        </details>
      </section>
      {(issue.status === 'draft' || issue.status === 'scheduled') && (
        <section aria-labelledby="send-heading" className="mt-8 flex max-w-xl flex-col gap-6">
          <h2 id="send-heading" className="text-xl font-bold">
            Send
          </h2>
          <SendTestForm issueId={issue.id} />
          {issue.status === 'draft' ? <ScheduleForm issueId={issue.id} /> : <UnscheduleForm issueId={issue.id} />}
          <SendNowForm issueId={issue.id} recipients={countSubscribers()} />
        </section>
      )}
    </>
  )
}
