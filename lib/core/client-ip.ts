import 'server-only'
import { headers } from 'next/headers'
import { z } from 'zod'
import { getTrustedProxyHops } from './env'

const ipSchema = z.union([z.ipv4(), z.ipv6()])

/**
 * The client's address, for per-IP rate limits: the X-Forwarded-For entry written by the outermost proxy we trust,
 * counted from the right (TRUSTED_PROXY_HOPS). `next start` writes the connection's address there when nothing in
 * front did. Entries further left were sent by the client and prove nothing. Without a proxy in front, a client can
 * send the header itself; the per-account and per-address limits do not depend on it.
 */
export async function getClientIp(): Promise<string> {
  const entries = ((await headers()).get('x-forwarded-for') ?? '').split(',').map((entry) => entry.trim())
  const candidate = entries.at(-getTrustedProxyHops()) ?? ''
  return ipSchema.safeParse(candidate).success ? candidate : 'unknown'
}
