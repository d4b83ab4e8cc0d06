import 'server-only'
import { formatDate, formatDateTime } from '@/lib/core/dates'
import { getSettings } from '@/lib/core/settings'
import { listIssueCandidates } from '@/lib/newsletter/issues'
import type { Candidate } from './issue-forms'

/** What the issue form offers, with the date each is shown with. */
export function issueCandidates(): { latest: Candidate[]; upcoming: Candidate[] } {
  const { dateFormat } = getSettings()
  const { latest, upcoming } = listIssueCandidates()
  return {
    latest: latest.map(({ id, title, section, publishedAt }) => ({ id, title, section, when: publishedAt ? formatDate(publishedAt, dateFormat) : '' })),
    upcoming: upcoming.map(({ id, title, section, startsAt }) => ({ id, title, section, when: formatDateTime(startsAt) })),
  }
}
