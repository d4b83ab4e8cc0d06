'use server'

import { redirect } from 'next/navigation'
import { refresh } from 'next/cache'
import { formAction, nothingSaved } from '@/lib/auth/action'
import { required } from '@/lib/auth/roles'
import { sendBulkMail } from '@/lib/core/mail'
import { composeIssueMail, loadIssueContent } from '@/lib/newsletter/compose'
import { issueFormSchema, issueIdSchema, scheduleIssueSchema } from '@/lib/newsletter/issue-form'
import { getIssue, saveIssue, scheduleIssue, sendIssueNow } from '@/lib/newsletter/issues'

// The desk's newsletter: editors and admins (required.newsletters), checked on every call by the wrapper and again
// by each data-layer write.

const issuePath = (id: number) => `/admin/newsletters/${id}`
const gone = { ok: false, message: 'That issue has already been sent, or is no longer there. Reload the page.' } as const

export const saveIssueForm = formAction(
  required.newsletters,
  issueFormSchema,
  async (input, viewer) => {
    const saved = saveIssue(viewer, input)
    if (!saved.ok) {
      if (saved.reason === 'not-public') return { ok: false, fieldErrors: { articleIds: ['One of the chosen articles is no longer published. Choose again.'] } }
      return gone
    }
    if (input.id === null) redirect(issuePath(saved.id))
    refresh()
    return { ok: true, message: 'Draft saved.' }
  },
  { invalid: nothingSaved, hidden: ['id'] },
)

/** The issue as the viewer's own copy, to their address, marked as a test; it is not counted. */
export const sendTestIssue = formAction(
  required.newsletters,
  issueIdSchema,
  async ({ issueId }, viewer) => {
    const issue = getIssue(viewer, issueId)
    if (!issue) return gone
    try {
      await sendBulkMail(composeIssueMail(loadIssueContent(issue), viewer, '[Test] '))
    } catch (error) {
      console.error(`Newsletter test to ${viewer.email}:`, error)
      return { ok: false, message: 'The mail server did not take the test. Check SMTP_URL and try again.' }
    }
    return { ok: true, message: `A test is on its way to ${viewer.email}.` }
  },
  { hidden: ['issueId'] },
)

export const sendIssue = formAction(
  required.newsletters,
  issueIdSchema,
  async ({ issueId }, viewer) => {
    if (!sendIssueNow(viewer, issueId)) return gone
    redirect(issuePath(issueId))
  },
  { hidden: ['issueId'] },
)

export const scheduleIssueForm = formAction(
  required.newsletters,
  scheduleIssueSchema,
  async ({ issueId, scheduledAt }, viewer) => {
    if (!scheduleIssue(viewer, issueId, scheduledAt)) return gone
    redirect(issuePath(issueId))
  },
  { invalid: 'Not scheduled. Fix the time below.', hidden: ['issueId'] },
)

export const unscheduleIssue = formAction(
  required.newsletters,
  issueIdSchema,
  async ({ issueId }, viewer) => {
    if (!scheduleIssue(viewer, issueId, null)) return gone
    redirect(issuePath(issueId))
  },
  { hidden: ['issueId'] },
)
