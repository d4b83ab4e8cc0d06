import type { Metadata } from 'next'
import Link from 'next/link'
import { z } from 'zod'
import { Pagination } from '@/app/_components/pagination'
import { articleStatuses } from '@/db/enums'
import { listStaffArticles } from '@/lib/desk/articles'
import { listEditing } from '@/lib/desk/presence'
import { formatDate } from '@/lib/core/dates'
import { requirePageParam, parseQueryParam } from '@/lib/core/params'
import { required } from '@/lib/auth/roles'
import { requireRole } from '@/lib/auth/session'
import { getSettings } from '@/lib/core/settings'
import { DeskFilters, DeskTable, FilterSelect, ResultCount } from '../desk-list'
import { EditingNotice } from './editing-notice'
import { listAuthors } from '@/lib/articles/authors'
import { listSections } from '@/lib/articles/sections'

export const metadata: Metadata = { title: 'Articles' }

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

// Unknown filter values are ignored rather than refused: they come from the form's own select boxes.
const filterSchema = z.object({
  status: z.enum(articleStatuses).optional().catch(undefined),
  section: z.coerce.number().int().positive().optional().catch(undefined),
  author: z.coerce.number().int().positive().optional().catch(undefined),
})

const statusStyle = {
  draft: 'bg-neutral-200',
  scheduled: 'bg-amber-200',
  published: 'bg-green-200',
  archived: 'bg-neutral-100 text-muted',
}

export default async function AdminArticlesPage({ searchParams }: Props) {
  const viewer = await requireRole(required.desk, '/admin/articles')
  const params = await searchParams
  const page = requirePageParam(params.page)
  const q = parseQueryParam(params.q).trim()
  const filter = filterSchema.parse({ status: params.status, section: params.section, author: params.author })
  const { items, total, pageCount } = listStaffArticles(viewer, {
    q,
    status: filter.status,
    sectionId: filter.section,
    authorId: filter.author,
    page,
  })
  const editing = listEditing(viewer, items.map((article) => article.id))
  const { dateFormat } = getSettings()
  const query = Object.fromEntries(
    Object.entries({ q, status: filter.status, section: filter.section, author: filter.author })
      .filter(([, value]) => value !== undefined && value !== '')
      .map(([key, value]) => [key, String(value)]),
  )
  return (
    <>
      <div className="mb-6 flex flex-wrap items-center justify-between gap-4">
        <h1 className="font-serif text-3xl font-bold">Articles</h1>
        <Link href="/admin/articles/new" className="rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark">
          New article
        </Link>
      </div>
      <DeskFilters searchLabel="Search" q={q} submit="Filter">
        <FilterSelect
          label="Status"
          name="status"
          value={filter.status}
          options={articleStatuses.map((status) => ({ value: status, label: status }))}
        />
        <FilterSelect
          label="Section"
          name="section"
          value={filter.section}
          options={listSections().map((section) => ({ value: section.id, label: section.name }))}
        />
        <FilterSelect
          label="Author"
          name="author"
          value={filter.author}
          options={listAuthors().map((author) => ({ value: author.id, label: author.name }))}
        />
      </DeskFilters>
      <ResultCount total={total} one="article" many="articles" />
      <DeskTable columns={['Title', 'Status', 'Section', 'Author', 'Publish date', '']}>
          {items.map((article) => (
            <tr key={article.id} className="border-b border-neutral-200">
              <td className="py-2 pr-4 font-semibold">
                {article.editable ? <Link href={`/admin/articles/${article.id}`} className="hover:text-brand hover:underline">{article.title}</Link> : article.title}
                <EditingNotice names={editing.get(article.id) ?? []} />
              </td>
              <td className="py-2 pr-4">
                <span className={`rounded px-2 py-0.5 ${statusStyle[article.status]}`}>{article.status}</span>
              </td>
              <td className="py-2 pr-4">{article.sectionName}</td>
              <td className="py-2 pr-4">{article.authorName}</td>
              <td className="py-2 pr-4">{article.publishedAt ? formatDate(article.publishedAt, dateFormat) : '—'}</td>
              <td className="py-2">
                <Link href={`/admin/articles/${article.id}/preview`} className="underline">
                  Preview<span className="sr-only"> {article.title}</span>
                </Link>
              </td>
            </tr>
          ))}
      </DeskTable>
      {items.length === 0 && <p className="mt-4">No articles match.</p>}
      <Pagination path="/admin/articles" page={page} pageCount={pageCount} query={query} />
    </>
  )
}
