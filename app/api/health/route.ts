import { isDatabaseHealthy } from '@/lib/health'

export function GET() {
  const ok = isDatabaseHealthy()
  return Response.json({ ok }, { status: ok ? 200 : 503, headers: { 'Cache-Control': 'no-store' } })
}
