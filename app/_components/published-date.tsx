import { formatDate } from '@/lib/dates'
import { getCachedSettings } from '@/lib/public-content'

export async function PublishedDate({ date }: { date: Date }) {
  const { dateFormat } = await getCachedSettings()
  return <time dateTime={date.toISOString()}>{formatDate(date, dateFormat)}</time>
}
