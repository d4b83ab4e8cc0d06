import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { formatDateTime } from '@/lib/core/dates'
import { parseIdParam } from '@/lib/core/params'
import { required } from '@/lib/auth/roles'
import { getSeminarSignups } from '@/lib/desk/signups'
import { requireRole } from '@/lib/auth/session'
import { DeskTable } from '../../../desk-list'

export const metadata: Metadata = { title: 'Sign-ups' }

export default async function SignupsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id: rawId } = await params
  const viewer = await requireRole(required.editAny, `/admin/articles/${encodeURIComponent(rawId)}/signups`)
  const id = parseIdParam(rawId)
  const seminar = id && getSeminarSignups(viewer, id)
  if (!seminar) notFound()
  const confirmed = seminar.signups.filter((signup) => signup.status === 'confirmed').length
  return (
    <>
      <p className="text-sm">
        <Link href={`/admin/articles/${id}`} className="underline">
          Back to the editor
        </Link>
      </p>
      <h1 className="mb-2 mt-2 font-serif text-3xl font-bold">Sign-ups: {seminar.title}</h1>
      <p className="mb-4">
        {formatDateTime(seminar.startsAt)} (Copenhagen) · {confirmed} of {seminar.capacity} seats taken ·{' '}
        {seminar.signups.length - confirmed} on the waiting list ·{' '}
        <a href={`/admin/articles/${id}/signups.csv`} className="font-semibold text-brand underline">
          Download as CSV
        </a>
      </p>
      <DeskTable columns={['Name', 'Email', 'Place', 'Signed up (Copenhagen)']}>
          {seminar.signups.map((signup, index) => (
            <tr key={signup.email} className="border-b border-neutral-200">
              <td className="py-2 pr-4">{signup.name}</td>
              <td className="py-2 pr-4">{signup.email}</td>
              <td className="py-2 pr-4">{signup.status === 'confirmed' ? 'Seat' : `Waiting list, ${index - confirmed + 1}`}</td>
              <td className="py-2">{formatDateTime(signup.signedUpAt)}</td>
            </tr>
          ))}
      </DeskTable>
      {seminar.signups.length === 0 && <p className="mt-4">No one has signed up yet.</p>}
    </>
  )
}
