'use client'

import { ActionForm } from '@/app/_components/action-form'
import { FormField, TextAreaField } from '@/app/_components/form-field'
import { IdCheckbox, useTickedIds, type TickedIds } from '@/app/_components/ticked-ids'
import { saveIssueForm, scheduleIssueForm, sendIssue, sendTestIssue, unscheduleIssue } from './actions'

export type Candidate = { id: number; title: string; section: string; when: string }

type IssueValues = { id: number | null; subject: string; intro: string; articleIds: number[] }

function CandidateList({ legend, candidates, ticked }: { legend: string; candidates: Candidate[]; ticked: TickedIds }) {
  if (candidates.length === 0) return null
  return (
    <fieldset className="flex flex-col gap-1" aria-describedby="articleIds-error">
      <legend className="mb-1 font-semibold">{legend}</legend>
      {candidates.map((candidate) => (
        <label key={candidate.id} className="flex items-start gap-2">
          <IdCheckbox name="articleIds" id={candidate.id} ticked={ticked} className="mt-1.5" />
          <span>
            {candidate.title} <span className="text-sm text-muted">({candidate.section}, {candidate.when})</span>
          </span>
        </label>
      ))}
    </fieldset>
  )
}

export function IssueForm({ issue, latest, upcoming }: { issue: IssueValues; latest: Candidate[]; upcoming: Candidate[] }) {
  const ticked = useTickedIds(issue.articleIds)
  return (
    <ActionForm action={saveIssueForm} hiddenFields={{ id: issue.id ?? '' }} submit="Save draft" className="flex max-w-3xl flex-col gap-4">
      {(state) => (
        <>
          <FormField label="Subject" name="subject" defaultValue={issue.subject} state={state} required />
          <TextAreaField
            label="Introduction"
            name="intro"
            rows={5}
            defaultValue={issue.intro}
            state={state}
            hint="Plain text; a blank line starts a new paragraph. The chosen articles follow it, each with its title, lede and teaser."
          />
          <CandidateList legend="Articles" candidates={latest} ticked={ticked} />
          <CandidateList legend="Seminars to come" candidates={upcoming} ticked={ticked} />
          <p id="articleIds-error" aria-live="polite" className="text-sm font-semibold text-brand">
            {state?.fieldErrors?.articleIds?.join(' ')}
          </p>
        </>
      )}
    </ActionForm>
  )
}

export function SendTestForm({ issueId }: { issueId: number }) {
  return <ActionForm action={sendTestIssue} hiddenFields={{ issueId }} submit="Send a test to me" variant="secondary" />
}

export function SendNowForm({ issueId, recipients }: { issueId: number; recipients: number }) {
  return (
    <ActionForm action={sendIssue} hiddenFields={{ issueId }} submit="Send now">
      {() => (
        <p className="text-sm">
          Goes to the members who get the newsletter ({recipients.toLocaleString('en')} now) and chose a section it covers, at the rate set in
          the settings.
        </p>
      )}
    </ActionForm>
  )
}

export function ScheduleForm({ issueId }: { issueId: number }) {
  return (
    <ActionForm action={scheduleIssueForm} hiddenFields={{ issueId }} submit="Schedule" variant="secondary" className="flex flex-col gap-2">
      {(state) => <FormField label="Send at (Copenhagen time)" name="scheduledAt" type="datetime-local" state={state} />}
    </ActionForm>
  )
}

export function UnscheduleForm({ issueId }: { issueId: number }) {
  return <ActionForm action={unscheduleIssue} hiddenFields={{ issueId }} submit="Back to draft" variant="secondary" />
}
