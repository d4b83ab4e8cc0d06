import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { z } from 'zod'
import { Pagination } from '@/app/_components/pagination'
import { roles } from '@/db/enums'
import { formatDate } from '@/lib/core/dates'
import { parsePageParam, parseQueryParam } from '@/lib/core/params'
import { listUsers } from '@/lib/desk/users'
import { required } from '@/lib/auth/roles'
import { requireRole } from '@/lib/auth/session'
import { getSettings } from '@/lib/core/settings'
import { FilterSelect } from '../filter-select'
import { UserControls } from './user-controls'

export const metadata: Metadata = { title: 'Users' }

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

const roleFilter = z.enum(roles).optional().catch(undefined)

export default async function UsersPage({ searchParams }: Props) {
  const viewer = await requireRole(required.users, '/admin/users')
  const params = await searchParams
  const page = parsePageParam(params.page)
  if (page === null) notFound()
  const q = parseQueryParam(params.q).trim()
  const role = roleFilter.parse(params.role)
  const { items, total, pageCount } = listUsers(viewer, { q, role, page })
  const { dateFormat } = getSettings()
  const query = Object.fromEntries(Object.entries({ q, role }).filter((entry): entry is [string, string] => !!entry[1]))
  return (
    <>
      <h1 className="mb-6 font-serif text-3xl font-bold">Users</h1>
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
        {total} {total === 1 ? 'user' : 'users'}
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
          {items.map((user) => (
            <tr key={user.id} className="border-b border-neutral-200 align-top">
              <td className="py-2 pr-4 font-semibold">{user.name}</td>
              <td className="py-2 pr-4">{user.email}</td>
              <td className="py-2 pr-4">{formatDate(user.createdAt, dateFormat)}</td>
              <td className="py-2 pr-4">{user.disabled ? 'Disabled' : 'Active'}</td>
              <td className="py-2">
                <UserControls user={user} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {items.length === 0 && <p className="mt-4">Nobody matches.</p>}
      <Pagination path="/admin/users" page={page} pageCount={pageCount} query={query} />
    </>
  )
}
