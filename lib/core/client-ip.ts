import 'server-only'
import { headers } from 'next/headers'
import { z } from 'zod'
import { getTrustedProxyHops } from './env'

const ipv4 = z.ipv4()
const ipv6 = z.ipv6()
const preloaded = Symbol.for('insights.client-address')

/**
 * The client's address for the per-address rate limits. Every launcher of the server preloads
 * lib/config/client-address.cjs, which appends the connection's address to X-Forwarded-For; each proxy in front
 * (TRUSTED_PROXY_HOPS of them) appended the address it was reached from before that. So the client is the entry
 * that many places left of the last one. Entries further left were written by the client and prove nothing.
 */
export async function getClientIp(): Promise<string> {
  if (!(globalThis as Record<symbol, unknown>)[preloaded]) {
    throw new Error('The server was started without lib/config/client-address.cjs (node --require): start it with npm start')
  }
  return clientAddressFrom((await headers()).get('x-forwarded-for'), getTrustedProxyHops())
}

/**
 * The address to count a client under, from X-Forwarded-For as the preload leaves it. A request with fewer entries
 * than hops did not pass through every proxy, so its first entry is the furthest any of them saw.
 */
export function clientAddressFrom(forwardedFor: string | null, hops: number): string {
  const entries = (forwardedFor ?? '').split(',').map((entry) => entry.trim())
  return rateLimitSubject(entries.at(-(hops + 1)) ?? entries[0])
}

/**
 * An IPv4 address as it is; an IPv6 address by its /64 network, since one subscriber is given a whole /64 and could
 * otherwise take a new address for every attempt. IPv4 written as IPv6 (`::ffff:192.0.2.1`) is IPv4.
 */
function rateLimitSubject(address: string): string {
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address)?.[1] ?? address
  if (ipv4.safeParse(mapped).success) return mapped
  if (!ipv6.safeParse(address).success) return 'unknown'
  // Another embedded IPv4 form (`64:ff9b::192.0.2.1`) names one host.
  if (address.includes('.')) return address.toLowerCase()
  const [head, tail] = address.toLowerCase().split('::')
  const left = head ? head.split(':') : []
  const right = tail ? tail.split(':') : []
  const groups = tail === undefined ? left : [...left, ...Array(8 - left.length - right.length).fill('0'), ...right]
  return `${groups
    .slice(0, 4)
    .map((group) => group.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`
}
