import type { Metadata } from 'next'
import Link from 'next/link'
import type { ReactNode } from 'react'
import { required } from '@/lib/auth/roles'
import { requireRole } from '@/lib/auth/session'
import { articlePath } from '@/lib/core/paths'
import { getConversionReport } from '@/lib/desk/conversion'
import {
  conversionPeriods,
  conversionRate,
  formatRate,
  parseConversionQuery,
  sortFunnels,
  type ConversionQuery,
  type Funnel,
  type SortColumn,
} from '@/lib/desk/conversion-report'
import { DeskTable } from '../desk-list'
import { SignupsChart } from './signups-chart'

export const metadata: Metadata = { title: 'Conversion' }

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

const href = (query: ConversionQuery) => `/admin/conversion?days=${query.days}&sort=${query.sort}&dir=${query.dir}`

const funnelColumns = [
  ['impressions', 'Wall impressions'],
  ['signups', 'Sign-ups'],
  ['conversion', 'Conversion'],
  ['giftOpens', 'Gift links opened'],
  ['giftSignups', 'Sign-ups from gifts'],
] as const satisfies readonly (readonly [SortColumn, string])[]

/** A table whose headings sort it (server-side, by address), and say how it is sorted now. */
function SortableTable({ query, columns, children }: { query: ConversionQuery; columns: readonly (readonly [SortColumn, string])[]; children: ReactNode }) {
  return (
    <table className="w-full text-left text-sm">
      <thead className="border-b border-neutral-300">
        <tr>
          {columns.map(([column, label], i) => {
            const active = query.sort === column
            return (
              <th
                key={column}
                aria-sort={active ? (query.dir === 'asc' ? 'ascending' : 'descending') : undefined}
                className={`py-2 ${i < columns.length - 1 ? 'pr-4' : ''} ${i > 0 && column !== 'section' ? 'text-right' : ''}`}
              >
                <Link href={href({ ...query, sort: column, dir: active && query.dir === 'desc' ? 'asc' : 'desc' })} className="underline">
                  {label}
                  {active && <span aria-hidden>{query.dir === 'asc' ? ' ▲' : ' ▼'}</span>}
                </Link>
              </th>
            )
          })}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  )
}

function FunnelCells({ row }: { row: Funnel }) {
  return (
    <>
      <td className="py-2 pr-4 text-right">{row.impressions}</td>
      <td className="py-2 pr-4 text-right">{row.signups}</td>
      <td className="py-2 pr-4 text-right">{formatRate(conversionRate(row))}</td>
      <td className="py-2 pr-4 text-right">{row.giftOpens}</td>
      <td className="py-2 text-right">{row.giftSignups}</td>
    </>
  )
}

export default async function ConversionPage({ searchParams }: Props) {
  const viewer = await requireRole(required.conversion, '/admin/conversion')
  const query = parseConversionQuery(await searchParams)
  const report = getConversionReport(viewer, query.days)
  return (
    <>
      <h1 className="mb-2 font-serif text-3xl font-bold">Conversion</h1>
      <p className="mb-4 max-w-3xl text-sm text-muted">
        Walls seen and gift links opened are counted by readers’ browsers (not those that ask not to be tracked); a
        sign-up counts for the article whose wall or link it came from. Days are UTC.
      </p>
      <nav aria-label="Period" className="mb-6 flex flex-wrap items-center gap-4 text-sm">
        {conversionPeriods.map((days) => (
          <Link
            key={days}
            href={href({ ...query, days })}
            aria-current={days === query.days ? 'page' : undefined}
            className={days === query.days ? 'font-bold text-brand' : 'underline'}
          >
            Last {days} days
          </Link>
        ))}
        <a href={`/admin/conversion.csv?days=${query.days}&sort=${query.sort}&dir=${query.dir}`} className="font-semibold text-brand underline">
          Download as CSV
        </a>
      </nav>
      <p className="mb-6 text-lg">
        <strong>{report.signups}</strong> sign-ups in the last {query.days} days.
      </p>
      <section aria-labelledby="chart-heading" className="mb-10">
        <h2 id="chart-heading" className="mb-3 text-xl font-bold">
          Sign-ups per day by source
        </h2>
        <SignupsChart daily={report.daily} />
      </section>
      <section aria-labelledby="articles-heading" className="mb-10">
        <h2 id="articles-heading" className="mb-3 text-xl font-bold">
          By article
        </h2>
        <SortableTable query={query} columns={[['title', 'Article'], ['section', 'Section'], ...funnelColumns]}>
          {sortFunnels(report.articles, query.sort, query.dir).map((row) => (
            <tr key={row.id} className="border-b border-neutral-200">
              <td className="py-2 pr-4">
                <Link href={articlePath(row.slug)} className="hover:text-brand hover:underline">
                  {row.title}
                </Link>
              </td>
              <td className="py-2 pr-4">{row.section}</td>
              <FunnelCells row={row} />
            </tr>
          ))}
        </SortableTable>
        {report.articles.length === 0 && <p className="mt-4">Nothing counted in this period.</p>}
      </section>
      <section aria-labelledby="sections-heading" className="mb-10">
        <h2 id="sections-heading" className="mb-3 text-xl font-bold">
          By section
        </h2>
        <SortableTable query={query} columns={[['section', 'Section'], ...funnelColumns]}>
          {sortFunnels(report.sections, query.sort === 'title' ? 'section' : query.sort, query.dir).map((row) => (
            <tr key={row.section} className="border-b border-neutral-200">
              <td className="py-2 pr-4">{row.section}</td>
              <FunnelCells row={row} />
            </tr>
          ))}
        </SortableTable>
      </section>
      <div className="grid gap-10 md:grid-cols-2">
        <section aria-labelledby="referrers-heading">
          <h2 id="referrers-heading" className="mb-3 text-xl font-bold">
            Sign-ups by referring site
          </h2>
          <DeskTable columns={['Site', 'Sign-ups']}>
            {report.referrers.map((row) => (
              <tr key={row.host ?? ''} className="border-b border-neutral-200">
                <td className="py-2 pr-4">{row.host ?? '(none)'}</td>
                <td className="py-2 text-right">{row.signups}</td>
              </tr>
            ))}
          </DeskTable>
        </section>
        <section aria-labelledby="campaigns-heading">
          <h2 id="campaigns-heading" className="mb-3 text-xl font-bold">
            Sign-ups by UTM source
          </h2>
          <DeskTable columns={['Source', 'Medium', 'Campaign', 'Sign-ups']}>
            {report.campaigns.map((row) => (
              <tr key={`${row.source}|${row.medium}|${row.campaign}`} className="border-b border-neutral-200">
                <td className="py-2 pr-4">{row.source ?? '(none)'}</td>
                <td className="py-2 pr-4">{row.medium ?? ''}</td>
                <td className="py-2 pr-4">{row.campaign ?? ''}</td>
                <td className="py-2 text-right">{row.signups}</td>
              </tr>
            ))}
          </DeskTable>
        </section>
      </div>
    </>
  )
}
