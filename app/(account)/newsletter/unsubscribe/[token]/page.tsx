import type { Metadata } from 'next'
import { IntentLink } from '@/app/_components/intent-link'
import { isSubscribed } from '@/lib/newsletter/subscriptions'
import { readUnsubscribeToken } from '@/lib/newsletter/unsubscribe-token'
import { UnsubscribeForm } from './unsubscribe-form'

export const metadata: Metadata = { title: 'Unsubscribe from the newsletter', robots: { index: false } }

type Props = { params: Promise<{ token: string }> }

// The footer link of every newsletter. Opening it changes nothing (mail scanners follow links): the button does.
// A mail program's one-click unsubscribe POSTs to this same address (proxy.ts → app/api/newsletter/unsubscribe).
export default async function UnsubscribePage({ params }: Props) {
  const { token } = await params
  const claim = readUnsubscribeToken(token)
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-6 font-serif text-3xl font-bold">Unsubscribe from the newsletter</h1>
      {!claim ? (
        <p role="alert">This unsubscribe link is not valid. Copy the whole link from the newsletter, or change what you get on your profile.</p>
      ) : isSubscribed(claim.userId) ? (
        <>
          <p className="mb-4">Stop sending the newsletter to this address?</p>
          <UnsubscribeForm token={token} />
        </>
      ) : (
        <p>
          This address gets no newsletter. You can subscribe again on your{' '}
          <IntentLink href="/account#newsletter-heading" className="underline">
            profile
          </IntentLink>
          .
        </p>
      )}
    </div>
  )
}
