import { unsubscribeByLink } from '@/lib/newsletter/subscriptions'
import { readUnsubscribeToken } from '@/lib/newsletter/unsubscribe-token'

type Context = { params: Promise<{ token: string }> }

const answer = (status: number, text: string) =>
  new Response(text, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'private, no-store' } })

/**
 * RFC 8058 one-click unsubscribe: the mail program POSTs `List-Unsubscribe=One-Click` to the List-Unsubscribe
 * address (proxy.ts routes a POST of /newsletter/unsubscribe/<token> here), without cookies or a login.
 */
export async function POST(_request: Request, { params }: Context) {
  const claim = readUnsubscribeToken((await params).token)
  if (!claim) return answer(400, 'This unsubscribe link is not valid.')
  unsubscribeByLink(claim)
  return answer(200, 'Unsubscribed: no more newsletters will be sent to this address.')
}
