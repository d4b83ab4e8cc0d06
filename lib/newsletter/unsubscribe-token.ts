import 'server-only'
import { createHmac, timingSafeEqual } from 'node:crypto'
import { getAuthSecret } from '@/lib/core/env'
import { absoluteUrl } from '@/lib/core/urls'

// The unsubscribe link of each newsletter: `<member>.<issue>.<signature>`, signed with a key derived from
// AUTH_SECRET. It works without a login and never expires (RFC 8058 asks for that), and a member's link opens no
// other member's: changing either number breaks the signature.

const signingKey = () => createHmac('sha256', getAuthSecret()).update('newsletter-unsubscribe').digest()
const sign = (payload: string) => createHmac('sha256', signingKey()).update(payload).digest('base64url')

export type UnsubscribeClaim = { userId: number; issueId: number }

export function unsubscribeToken({ userId, issueId }: UnsubscribeClaim): string {
  const payload = `${userId}.${issueId}`
  return `${payload}.${sign(payload)}`
}

/** The member and issue a token was made for, or null when it was not made here. */
export function readUnsubscribeToken(token: unknown): UnsubscribeClaim | null {
  if (typeof token !== 'string') return null
  const match = /^(\d{1,12})\.(\d{1,12})\.([\w-]{43})$/.exec(token)
  if (!match) return null
  const [, userId, issueId, signature] = match
  const expected = Buffer.from(sign(`${userId}.${issueId}`))
  if (!timingSafeEqual(Buffer.from(signature), expected)) return null
  return { userId: Number(userId), issueId: Number(issueId) }
}

/** The address of the link: a GET shows a page that asks, a POST (the mail program's one click) unsubscribes. */
export function unsubscribeUrl(claim: UnsubscribeClaim): string {
  return absoluteUrl(`/newsletter/unsubscribe/${unsubscribeToken(claim)}`)
}
