import { hasRole, required } from '@/lib/auth/roles'
import { getViewer } from '@/lib/auth/session'
import { loginFirstResponse, notFoundResponse } from '@/lib/core/responses'
import { getConversionReport } from '@/lib/desk/conversion'
import { conversionCsv, parseConversionQuery, sortFunnels } from '@/lib/desk/conversion-report'

/** The per-article funnel of /admin/conversion as CSV, for editors and admins, sorted as the page is. */
export async function GET(request: Request) {
  const viewer = await getViewer()
  if (!viewer) return loginFirstResponse('/admin/conversion')
  if (!hasRole(viewer.role, required.conversion)) return notFoundResponse('Not found')
  const query = parseConversionQuery(Object.fromEntries(new URL(request.url).searchParams))
  const report = getConversionReport(viewer, query.days)
  const today = new Date().toISOString().slice(0, 10)
  return new Response(conversionCsv(sortFunnels(report.articles, query.sort, query.dir)), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="conversion-${query.days}-days-${today}.csv"`,
      'Cache-Control': 'private, no-store',
    },
  })
}
