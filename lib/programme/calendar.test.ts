import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'
import { seminarCalendar } from './calendar'

describe('seminar calendar', () => {
  it('is an iCalendar event in UTC with the seminar’s time, place and address', () => {
    const ics = seminarCalendar(
      {
        id: 7,
        title: 'Briefing: measuring brand, with “quotes”; commas, and Ærø',
        lede: 'What to count.',
        startsAt: new Date('2027-03-04T08:30:00Z'),
        durationMinutes: 90,
        venue: 'Nyhavn 12, Copenhagen',
        url: 'https://insights.example/articles/briefing',
        updatedAt: new Date('2027-02-01T12:00:00Z'),
      },
      'Insights',
    )
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!)
    expect(event.summary).toBe('Briefing: measuring brand, with “quotes”; commas, and Ærø')
    expect(event.startDate.toJSDate().toISOString()).toBe('2027-03-04T08:30:00.000Z')
    expect(event.endDate.toJSDate().toISOString()).toBe('2027-03-04T10:00:00.000Z')
    expect(event.location).toBe('Nyhavn 12, Copenhagen')
    expect(event.uid).toBe('seminar-7@insights.example')
    expect(event.description).toContain('https://insights.example/articles/briefing')
    // A later change has a higher sequence, so calendars update the event instead of keeping the old time.
    expect(event.sequence).toBe(Date.parse('2027-02-01T12:00:00Z') / 1000)
  })

  it('says Online when there is no venue', () => {
    const ics = seminarCalendar(
      { id: 1, title: 'T', lede: 'L', startsAt: new Date('2027-01-01T10:00:00Z'), durationMinutes: 60, venue: '', url: 'http://localhost:3000/articles/t', updatedAt: new Date() },
      'Insights',
    )
    expect(new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!).location).toBe('Online')
  })
})
