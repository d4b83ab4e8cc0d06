import 'server-only'
import { headers } from 'next/headers'

/**
 * The client's address, for per-IP rate limits: the first X-Forwarded-For entry, which `next start` fills in from
 * the socket when no proxy did. Behind a reverse proxy, that proxy must set the header (not pass on the client's).
 */
export async function getClientIp(): Promise<string> {
  const forwarded = (await headers()).get('x-forwarded-for')
  return forwarded?.split(',')[0]?.trim() || 'unknown'
}
