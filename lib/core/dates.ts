// Dates are shown in the publication's time zone with the site's date format (tokens DD, MM, YYYY).
const timeZone = 'Europe/Copenhagen'

/** The formats staff may choose in the settings. */
export const dateFormats = ['DD-MM-YYYY', 'DD/MM/YYYY', 'DD.MM.YYYY', 'YYYY-MM-DD', 'MM/DD/YYYY'] as const

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

const wallClockFormatter = new Intl.DateTimeFormat('en-GB', {
  timeZone,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
})

function wallClock(date: Date) {
  const parts = Object.fromEntries(wallClockFormatter.formatToParts(date).map((part) => [part.type, part.value]))
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}`
}

/** A date as the publication's wall-clock time, the value of an `<input type="datetime-local" step="1">`. */
export function toLocalDateTimeInput(date: Date): string {
  return wallClock(date)
}

const localDateTime = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/

/**
 * The instant a wall-clock time in the publication's time zone names (a datetime-local value), or null when the
 * text is not one. In the hour skipped when clocks go forward, the later reading is taken.
 */
export function parseLocalDateTime(value: string): Date | null {
  const match = localDateTime.exec(value)
  if (!match) return null
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0))
  if (year < 1970 || hour > 23 || minute > 59 || second > 59) return null
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, second)
  const check = new Date(asUtc)
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null
  // The zone's offset at that moment, found by reading the clock there; tried twice for the days clocks change.
  let instant = asUtc
  for (let i = 0; i < 2; i++) {
    const offset = Date.parse(`${wallClock(new Date(instant))}Z`) - instant
    instant = asUtc - offset
  }
  return new Date(instant)
}

/** A date and time for staff pages, in the publication's time zone: "2026-11-27 09:15". */
export function formatDateTime(date: Date): string {
  return wallClock(date).slice(0, 16).replace('T', ' ')
}

const eventDayFormatter = new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' })
const eventTimeFormatter = new Intl.DateTimeFormat('en-GB', { timeZone, hourCycle: 'h23', hour: '2-digit', minute: '2-digit' })

/** When an event takes place, for readers, in the publication’s time zone: "Thursday, 3 December 2026, 09:00–10:30". */
export function formatEventTime(startsAt: Date, durationMinutes: number): string {
  const endsAt = new Date(startsAt.getTime() + durationMinutes * 60_000)
  return `${eventDayFormatter.format(startsAt)}, ${eventTimeFormatter.format(startsAt)}–${eventTimeFormatter.format(endsAt)}`
}

const dayMs = 24 * 60 * 60 * 1000

/** The last `days` UTC dates, today included, oldest first, as YYYY-MM-DD: the days of the desk's charts. */
export function lastUtcDays(days: number, now = new Date()): string[] {
  return Array.from({ length: days }, (_, i) => new Date(now.getTime() - (days - 1 - i) * dayMs).toISOString().slice(0, 10))
}
