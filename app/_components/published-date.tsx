import { formatDate } from '@/lib/core/dates'
import { getCachedSettings } from '@/lib/articles/cached'

export async function PublishedDate({ date }: { date: Date }) {
  const { dateFormat } = await getCachedSettings()
  return <time dateTime={date.toISOString()}>{formatDate(date, dateFormat)}</time>
}
