import { describe, expect, it } from 'vitest'
import { formatDate, formatEventTime, parseLocalDateTime, toLocalDateTimeInput } from './dates'

describe('formatDate', () => {
  it('uses the site format in Copenhagen time', () => {
    // 23:30 UTC on 31 December is already 1 January in Copenhagen.
    expect(formatDate(new Date('2025-12-31T23:30:00Z'), 'DD-MM-YYYY')).toBe('01-01-2026')
    expect(formatDate(new Date('2026-03-05T10:00:00Z'), 'YYYY-MM-DD')).toBe('2026-03-05')
    expect(formatDate(new Date('2026-03-05T10:00:00Z'), 'DD/MM/YYYY')).toBe('05/03/2026')
  })
})

describe('parseLocalDateTime', () => {
  it('reads a datetime-local value as Copenhagen time, summer and winter', () => {
    expect(parseLocalDateTime('2026-01-15T09:30')?.toISOString()).toBe('2026-01-15T08:30:00.000Z')
    expect(parseLocalDateTime('2026-07-15T09:30:15')?.toISOString()).toBe('2026-07-15T07:30:15.000Z')
  })

  it('round-trips with toLocalDateTimeInput', () => {
    const date = new Date('2026-10-24T22:59:59Z') // the evening before clocks go back
    expect(parseLocalDateTime(toLocalDateTimeInput(date))?.getTime()).toBe(date.getTime())
  })

  it('refuses what is not a date and time', () => {
    const bad = ['', 'tomorrow', '2026-02-30T10:00', '2026-01-01T24:00', '2026-01-01T10:00:60', '0099-06-01T10:00', '2026-01-01 10:00', '2026-1-1T1:00']
    for (const value of bad) {
      expect(parseLocalDateTime(value), value).toBeNull()
    }
  })
})

describe('formatEventTime', () => {
  it('shows the day and the hours in Copenhagen, across the change to summer time', () => {
    expect(formatEventTime(new Date('2026-12-03T08:00:00Z'), 90)).toBe('Thursday, 3 December 2026, 09:00–10:30')
    expect(formatEventTime(new Date('2027-03-28T00:30:00Z'), 60)).toBe('Sunday, 28 March 2027, 01:30–03:30')
  })
})
