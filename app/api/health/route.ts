import { connection } from 'next/server'
import { isDatabaseHealthy } from '@/lib/core/health'

export async function GET() {
  await connection()
  const ok = isDatabaseHealthy()
  return Response.json({ ok }, { status: ok ? 200 : 503, headers: { 'Cache-Control': 'no-store' } })
}
