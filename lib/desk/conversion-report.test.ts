import { describe, expect, it } from 'vitest'
import { conversionCsv, conversionRate, parseConversionQuery, sortFunnels, type ArticleFunnel } from './conversion-report'

const row = (title: string, figures: Partial<ArticleFunnel> = {}): ArticleFunnel => ({
  id: 1,
  title,
  slug: 'a',
  section: 'Articles',
  impressions: 0,
  signups: 0,
  giftOpens: 0,
  giftSignups: 0,
  ...figures,
})

describe('the conversion report', () => {
  it('reads its period and sort from the address, and anything else as the defaults', () => {
    expect(parseConversionQuery({})).toEqual({ days: 30, sort: 'signups', dir: 'desc' })
    expect(parseConversionQuery({ days: '7', sort: 'conversion', dir: 'asc' })).toEqual({ days: 7, sort: 'conversion', dir: 'asc' })
    expect(parseConversionQuery({ days: ['90', '7'], sort: 'title' })).toMatchObject({ days: 90, sort: 'title' })
    expect(parseConversionQuery({ days: '365', sort: 'password', dir: "'; drop table users" })).toEqual({ days: 30, sort: 'signups', dir: 'desc' })
  })

  it('has no rate without impressions', () => {
    expect(conversionRate(row('a', { impressions: 200, signups: 3 }))).toBe(0.015)
    expect(conversionRate(row('a', { signups: 3 }))).toBeNull()
  })

  it('sorts by any column, with rows that have no rate last', () => {
    const rows = [row('B', { impressions: 10, signups: 1 }), row('A', { signups: 5 }), row('C', { impressions: 10, signups: 2 })]
    expect(sortFunnels(rows, 'conversion', 'desc').map((r) => r.title)).toEqual(['C', 'B', 'A'])
    expect(sortFunnels(rows, 'conversion', 'asc').map((r) => r.title)).toEqual(['B', 'C', 'A'])
    expect(sortFunnels(rows, 'signups', 'desc').map((r) => r.title)).toEqual(['A', 'C', 'B'])
    expect(sortFunnels(rows, 'title', 'asc').map((r) => r.title)).toEqual(['A', 'B', 'C'])
  })

  it('writes CSV that a spreadsheet reads as text: quoted where needed, formulas escaped', () => {
    const csv = conversionCsv([
      row('=HYPERLINK("http://evil.example","x")', { impressions: 4, signups: 1 }),
      row('+1, -2 and "quotes"'),
      row('@SUM(A1)'),
      row('-10'),
      row('Plain title'),
    ])
    expect(csv.startsWith('\ufeff')).toBe(true)
    const lines = csv.slice(1).trimEnd().split('\n')
    expect(lines[0]).toBe('Article,Address,Section,Wall impressions,Sign-ups,Conversion (%),Gift links opened,Sign-ups from gift links')
    expect(lines.slice(1)).toEqual([
      `"'=HYPERLINK(""http://evil.example"",""x"")",/articles/a,Articles,4,1,25.0,0,0`,
      `"'+1, -2 and ""quotes""",/articles/a,Articles,0,0,,0,0`,
      `'@SUM(A1),/articles/a,Articles,0,0,,0,0`,
      `'-10,/articles/a,Articles,0,0,,0,0`,
      'Plain title,/articles/a,Articles,0,0,,0,0',
    ])
  })
})
