import type { Metadata } from 'next'
import { z } from 'zod'
import { Pagination } from '@/app/_components/pagination'
import { roles } from '@/db/enums'
import { formatDate } from '@/lib/core/dates'
import { requirePageParam, parseQueryParam } from '@/lib/core/params'
import { listUsers } from '@/lib/desk/users'
import { required } from '@/lib/auth/roles'
import { requireRole } from '@/lib/auth/session'
import { getSettings } from '@/lib/core/settings'
import { DeskFilters, DeskTable, FilterSelect, ResultCount } from '../desk-list'
import { UserControls } from './user-controls'

export const metadata: Metadata = { title: 'Users' }

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

const roleFilter = z.enum(roles).optional().catch(undefined)

export default async function UsersPage({ searchParams }: Props) {
  const viewer = await requireRole(required.users, '/admin/users')
  const params = await searchParams
  const page = requirePageParam(params.page)
  const q = parseQueryParam(params.q).trim()
  const role = roleFilter.parse(params.role)
  const { items, total, pageCount } = listUsers(viewer, { q, role, page })
  const { dateFormat } = getSettings()
  const query = Object.fromEntries(Object.entries({ q, role }).filter((entry): entry is [string, string] => !!entry[1]))
  return (
    <>
      <h1 className="mb-6 font-serif text-3xl font-bold">Users</h1>
      <DeskFilters searchLabel="Name or email" q={q} submit="Search">
        <FilterSelect label="Role" name="role" value={role} options={roles.map((option) => ({ value: option, label: option }))} />
      </DeskFilters>
      <ResultCount total={total} one="user" many="users" />
      <DeskTable columns={['Name', 'Email', 'Joined', 'State', 'Role and access']}>
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
      </DeskTable>
      {items.length === 0 && <p className="mt-4">Nobody matches.</p>}
      <Pagination path="/admin/users" page={page} pageCount={pageCount} query={query} />
    </>
  )
}
