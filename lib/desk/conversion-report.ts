import { stringify } from 'csv-stringify/sync'
import { z } from 'zod'

// The pure parts of the desk's conversion report: its query (period, sort), rates, sorting and the CSV.

export const conversionPeriods = [7, 30, 90] as const
export type ConversionPeriod = (typeof conversionPeriods)[number]

/** The funnel's figures, per article or per section. */
export type Funnel = { impressions: number; signups: number; giftOpens: number; giftSignups: number }
export type ArticleFunnel = Funnel & { id: number; title: string; slug: string; section: string }
export type SectionFunnel = Funnel & { section: string }

export const sortColumns = ['title', 'section', 'impressions', 'signups', 'conversion', 'giftOpens', 'giftSignups'] as const
export type SortColumn = (typeof sortColumns)[number]
export type SortDirection = 'asc' | 'desc'

const one = (value: unknown) => (Array.isArray(value) ? value[0] : value)

/** `?days=&sort=&dir=` of /admin/conversion and its CSV: anything else reads as the defaults (30 days, most sign-ups first). */
export const conversionQuerySchema = z.object({
  days: z.preprocess(one, z.enum(['7', '30', '90']).transform((days) => Number(days) as ConversionPeriod)).catch(30),
  sort: z.preprocess(one, z.enum(sortColumns)).catch('signups'),
  dir: z.preprocess(one, z.enum(['asc', 'desc'])).catch('desc'),
})
export type ConversionQuery = z.output<typeof conversionQuerySchema>

export function parseConversionQuery(searchParams: Record<string, string | string[] | undefined>): ConversionQuery {
  return conversionQuerySchema.parse(searchParams)
}

/** Sign-ups per wall impression, or null when the wall was not seen (a rate of nothing is no rate). */
export function conversionRate(funnel: Funnel): number | null {
  return funnel.impressions > 0 ? funnel.signups / funnel.impressions : null
}

export function formatRate(rate: number | null): string {
  return rate === null ? '–' : `${(rate * 100).toFixed(1)} %`
}

type Sortable = Funnel & { title?: string; section: string }

function sortValue(row: Sortable, column: SortColumn): string | number | null {
  if (column === 'conversion') return conversionRate(row)
  if (column === 'title') return row.title ?? row.section
  return row[column]
}

/** The rows by `column`; rows without a value (no rate) last either way, then by title or section. */
export function sortFunnels<T extends Sortable>(rows: T[], column: SortColumn, dir: SortDirection): T[] {
  const sign = dir === 'asc' ? 1 : -1
  return [...rows].sort((a, b) => {
    const [x, y] = [sortValue(a, column), sortValue(b, column)]
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y))
    return order * sign || (a.title ?? a.section).localeCompare(b.title ?? b.section)
  })
}

/** The per-article table as CSV: with a BOM for spreadsheets, and text cells a spreadsheet would run as a formula
 * (starting with = + - @, a tab or a return) prefixed with a quote. */
export function conversionCsv(rows: ArticleFunnel[]): string {
  const header = ['Article', 'Address', 'Section', 'Wall impressions', 'Sign-ups', 'Conversion (%)', 'Gift links opened', 'Sign-ups from gift links']
  const lines = rows.map((row) => {
    const rate = conversionRate(row)
    return [row.title, `/articles/${row.slug}`, row.section, row.impressions, row.signups, rate === null ? '' : (rate * 100).toFixed(1), row.giftOpens, row.giftSignups]
  })
  return stringify([header, ...lines], { bom: true, escape_formulas: true })
}
