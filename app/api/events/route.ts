import { maxEventBytes, parseArticleEvent, recordArticleEvent } from '@/lib/articles/events'
import { addressSubject, hitRateLimit } from '@/lib/auth/rate-limits'
import { getClientIp } from '@/lib/core/client-ip'

// The article beacons (app/_components/article/beacons.tsx): navigator.sendBeacon posts {type, articleId} as text.
// Nothing here reads a cookie or keeps the address; each answer is empty.

const answer = (status: number) => new Response(null, { status, headers: { 'Cache-Control': 'no-store' } })

/** The body as text, or null when it is longer than a beacon's. */
async function readSmallBody(request: Request): Promise<string | null> {
  if (Number(request.headers.get('content-length') ?? 0) > maxEventBytes) return null
  const reader = request.body?.getReader()
  if (!reader) return ''
  const chunks: Uint8Array[] = []
  let size = 0
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    size += chunk.value.byteLength
    if (size > maxEventBytes) {
      await reader.cancel()
      return null
    }
    chunks.push(chunk.value)
  }
  return new TextDecoder().decode(Buffer.concat(chunks))
}

export async function POST(request: Request) {
  // A browser that asks not to be tracked sends nothing; one that sends anyway is not counted.
  if (request.headers.get('sec-gpc') === '1' || request.headers.get('dnt') === '1') return answer(204)
  const text = await readSmallBody(request)
  if (text === null) return answer(413)
  const event = parseArticleEvent(text)
  if (!event) return answer(400)
  if (!hitRateLimit('articleEventsPerIp', addressSubject(await getClientIp())).ok) return answer(429)
  return answer(recordArticleEvent(event) ? 204 : 404)
}
