import { getViewer } from '@/lib/auth/session'
import { exportUserData } from '@/lib/accounts/profile'

/** "Download my data": the member's profile and likes as JSON. For the signed-in member only, never cached. */
export async function GET() {
  const viewer = await getViewer()
  const data = viewer && exportUserData(viewer.id)
  const headers = { 'Cache-Control': 'private, no-store' }
  if (!data) return Response.json({ error: 'Log in to download your data.' }, { status: 401, headers })
  return new Response(JSON.stringify({ exportedAt: new Date().toISOString(), ...data }, null, 2), {
    headers: {
      ...headers,
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': 'attachment; filename="my-insights-data.json"',
    },
  })
}
