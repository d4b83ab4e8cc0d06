import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { z } from 'zod'
import { Pagination } from '@/app/_components/pagination'
import { roles } from '@/db/enums'
import { formatDate } from '@/lib/core/dates'
import { parsePageParam, parseQueryParam } from '@/lib/core/params'
import { listPeople } from '@/lib/desk/users'
import { required } from '@/lib/auth/roles'
import { requireRole } from '@/lib/auth/session'
import { getSettings } from '@/lib/core/settings'
import { FilterSelect } from '../filter-select'
import { PersonControls } from './person-controls'

export const metadata: Metadata = { title: 'People' }

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

const roleFilter = z.enum(roles).optional().catch(undefined)

export default async function PeoplePage({ searchParams }: Props) {
  const viewer = await requireRole(required.people, '/admin/people')
  const params = await searchParams
  const page = parsePageParam(params.page)
  if (page === null) notFound()
  const q = parseQueryParam(params.q).trim()
  const role = roleFilter.parse(params.role)
  const { items, total, pageCount } = listPeople(viewer, { q, role, page })
  const { dateFormat } = getSettings()
  const query = Object.fromEntries(Object.entries({ q, role }).filter((entry): entry is [string, string] => !!entry[1]))
  return (
    <>
      <h1 className="mb-6 font-serif text-3xl font-bold">People</h1>
      <form role="search" className="mb-6 flex flex-wrap items-end gap-3 text-sm">
        <label className="flex flex-col gap-1">
          <span className="font-semibold">Name or email</span>
          <input type="search" name="q" defaultValue={q} className="rounded border border-neutral-400 px-3 py-2" />
        </label>
        <FilterSelect label="Role" name="role" value={role} options={roles.map((option) => ({ value: option, label: option }))} />
        <button type="submit" className="rounded border border-neutral-400 px-4 py-2 font-semibold hover:border-brand">
          Search
        </button>
      </form>
      <p className="mb-2 text-sm text-muted">
        {total} {total === 1 ? 'person' : 'people'}
      </p>
      <table className="w-full text-left text-sm">
        <thead className="border-b border-neutral-300">
          <tr>
            <th className="py-2 pr-4">Name</th>
            <th className="py-2 pr-4">Email</th>
            <th className="py-2 pr-4">Joined</th>
            <th className="py-2 pr-4">State</th>
            <th className="py-2">Role and access</th>
          </tr>
        </thead>
        <tbody>
          {items.map((person) => (
            <tr key={person.id} className="border-b border-neutral-200 align-top">
              <td className="py-2 pr-4 font-semibold">{person.name}</td>
              <td className="py-2 pr-4">{person.email}</td>
              <td className="py-2 pr-4">{formatDate(person.createdAt, dateFormat)}</td>
              <td className="py-2 pr-4">{person.disabled ? 'Disabled' : 'Active'}</td>
              <td className="py-2">
                <PersonControls person={person} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {items.length === 0 && <p className="mt-4">Nobody matches.</p>}
      <Pagination path="/admin/people" page={page} pageCount={pageCount} query={query} />
    </>
  )
}
