// Dates are shown in the publication's time zone with the site's date format (tokens DD, MM, YYYY).
const timeZone = 'Europe/Copenhagen'

const partsFormatter = new Intl.DateTimeFormat('en-GB', {
  timeZone,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
})

export function formatDate(date: Date, format: string): string {
  const parts = Object.fromEntries(partsFormatter.formatToParts(date).map((part) => [part.type, part.value]))
  return format.replace(/YYYY|MM|DD/g, (token) =>
    token === 'YYYY' ? parts.year : token === 'MM' ? parts.month : parts.day,
  )
}
