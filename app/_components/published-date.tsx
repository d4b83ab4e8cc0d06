import { formatDate } from '@/lib/dates'
import { getSettings } from '@/lib/settings'

export function PublishedDate({ date }: { date: Date }) {
  return <time dateTime={date.toISOString()}>{formatDate(date, getSettings().dateFormat)}</time>
}
