import { hasRole, required } from '@/lib/auth/roles'
import { getViewer } from '@/lib/auth/session'
import { parseIdParam } from '@/lib/core/params'
import { loginFirstResponse, notFoundResponse } from '@/lib/core/responses'
import { composeIssueMail, loadIssueContent } from '@/lib/newsletter/compose'
import { getIssue } from '@/lib/newsletter/issues'

/** The issue's HTML exactly as a member receives it (addressed to the viewer), for editors and admins. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id: rawId } = await params
  const viewer = await getViewer()
  if (!viewer) return loginFirstResponse(`/admin/newsletters/${encodeURIComponent(rawId)}`)
  const id = parseIdParam(rawId)
  const issue = id && hasRole(viewer.role, required.newsletters) ? getIssue(viewer, id) : null
  if (!issue) return notFoundResponse('Not found')
  const mail = composeIssueMail(loadIssueContent(issue), viewer)
  return new Response(mail.html, {
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'private, no-store',
      // The mail's own markup: inline styles, no scripts, links out.
      'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' https: data:; frame-ancestors 'none'",
    },
  })
}
