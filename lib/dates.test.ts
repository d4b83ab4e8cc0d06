import { describe, expect, it } from 'vitest'
import { formatDate } from './dates'

describe('formatDate', () => {
  it('uses the site format in Copenhagen time', () => {
    // 23:30 UTC on 31 December is already 1 January in Copenhagen.
    expect(formatDate(new Date('2025-12-31T23:30:00Z'), 'DD-MM-YYYY')).toBe('01-01-2026')
    expect(formatDate(new Date('2026-03-05T10:00:00Z'), 'YYYY-MM-DD')).toBe('2026-03-05')
    expect(formatDate(new Date('2026-03-05T10:00:00Z'), 'DD/MM/YYYY')).toBe('05/03/2026')
  })
})
