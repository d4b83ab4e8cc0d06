import 'server-only'
import { eq } from 'drizzle-orm'
import { db } from '@/db/client'
import { newsletterIssues } from '@/db/schema'
import { sendBulkMail } from '@/lib/core/mail'
import { getSettings } from '@/lib/core/settings'
import { composeIssueMail, loadIssueContent, type IssueContent } from './compose'
import { startDueIssues } from './issues'
import {
  claimDue,
  finishIssues,
  holdLease,
  markPermanentFailure,
  markSent,
  markTemporaryFailure,
  releaseClaims,
  senderName,
  type Claimed,
} from './queue'

// The newsletter's sender: a loop in every server process (started by instrumentation.ts), of which the one holding
// the lease sends: scheduled issues whose time has come are queued, then the queue is worked through at the rate
// set on /admin/settings, a batch per interval. Everything it knows is in the database, so a restart resumes.

const holder = senderName()
const idleMilliseconds = 1_000
/** How often a busy sender renews its lease (it lasts a minute: lib/newsletter/queue.ts). */
const renewEvery = 5_000

/** How many mails per interval make the set rate: a second's worth, or one mail at a time below one a second. */
export function pace(perMinute: number) {
  const interval = Math.max(1_000, Math.ceil(60_000 / perMinute))
  return { interval, batch: Math.max(1, Math.round((perMinute * interval) / 60_000)) }
}

/** The SMTP reply code of a failed attempt, or null when there was no answer (no connection, a timeout). */
function replyCode(error: unknown): number | null {
  const code = (error as { responseCode?: unknown }).responseCode
  return typeof code === 'number' ? code : null
}

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error)).slice(0, 300)

type Outcome = 'sent' | 'retry' | 'failed'

async function deliver(row: Claimed, content: IssueContent): Promise<Outcome> {
  try {
    await sendBulkMail(composeIssueMail(content, { id: row.userId, email: row.email }))
  } catch (error) {
    const code = replyCode(error)
    if (code !== null && code >= 500) {
      markPermanentFailure(row, code, describe(error))
      return 'failed'
    }
    markTemporaryFailure(row, describe(error))
    return 'retry'
  }
  markSent(row)
  return 'sent'
}

function issueContent(issueId: number) {
  const issue = db
    .select({ id: newsletterIssues.id, subject: newsletterIssues.subject, intro: newsletterIssues.intro })
    .from(newsletterIssues)
    .where(eq(newsletterIssues.id, issueId))
    .get()
  return issue && loadIssueContent(issue)
}

/** One interval's work; how long to wait before the next. */
async function sendBatch(): Promise<number> {
  if (!holdLease(holder)) return 5_000
  startDueIssues()
  const { interval, batch } = pace(getSettings().newsletterPerMinute)
  const began = Date.now()
  const rows = claimDue(batch)
  if (rows.length === 0) {
    finishIssues()
    return idleMilliseconds
  }
  const contents = new Map<number, IssueContent | undefined>()
  const outcomes: Record<Outcome, number> = { sent: 0, retry: 0, failed: 0 }
  let renewed = began
  try {
    for (const row of rows) {
      // A sender that lost its lease (it stalled for a minute) stops: its claimed rows are another's now.
      if (Date.now() - renewed > renewEvery) {
        if (!holdLease(holder)) return idleMilliseconds
        renewed = Date.now()
      }
      if (!contents.has(row.issueId)) contents.set(row.issueId, issueContent(row.issueId))
      outcomes[await deliver(row, contents.get(row.issueId)!)]++
    }
  } catch (error) {
    // The database refused a write (busy past its timeout): the rows not yet done go back in the queue. Should that
    // fail too, they stay claimed until a sender takes the lease over (this server, once restarted).
    releaseClaims(rows)
    throw error
  }
  finishIssues()
  if (outcomes.retry + outcomes.failed > 0) {
    console.warn(`Newsletter: ${outcomes.sent} sent, ${outcomes.retry} to try again later, ${outcomes.failed} refused for good.`)
  }
  return Math.max(0, interval - (Date.now() - began))
}

let started = false

/** Starts the loop once per process. An error (the database busy past its timeout) is logged and the loop goes on. */
export function startNewsletterSender() {
  if (started) return
  started = true
  const loop = async () => {
    let wait = idleMilliseconds
    try {
      wait = await sendBatch()
    } catch (error) {
      console.error('Newsletter sender:', error)
    }
    setTimeout(loop, wait).unref()
  }
  void loop()
}
