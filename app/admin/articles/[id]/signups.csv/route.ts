import { stringify } from 'csv-stringify/sync'
import { formatDateTime } from '@/lib/core/dates'
import { parseIdParam } from '@/lib/core/params'
import { loginFirstResponse, notFoundResponse } from '@/lib/core/responses'
import { hasRole, required } from '@/lib/auth/roles'
import { exportSeminarSignups } from '@/lib/desk/signups'
import { getViewer } from '@/lib/auth/session'

/** A seminar's sign-ups as CSV, for editors and admins. Cells that a spreadsheet would run as formulas are escaped. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id: rawId } = await params
  const viewer = await getViewer()
  if (!viewer) return loginFirstResponse(`/admin/articles/${encodeURIComponent(rawId)}/signups`)
  const id = parseIdParam(rawId)
  if (!hasRole(viewer.role, required.editAny) || !id) return notFoundResponse('Not found')
  const seminar = exportSeminarSignups(viewer, id)
  if (!seminar) return notFoundResponse('Not found')
  const rows = seminar.signups.map((signup) => [
    signup.name,
    signup.email,
    signup.status === 'confirmed' ? 'seat' : 'waiting list',
    formatDateTime(signup.signedUpAt),
  ])
  const csv = stringify([['Name', 'Email', 'Place', 'Signed up (Copenhagen)'], ...rows], { bom: true, escape_formulas: true })
  return new Response(csv, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="signups-${seminar.slug}.csv"`,
      'Cache-Control': 'private, no-store',
    },
  })
}
