'use server'

import { z } from 'zod'
import { formAction } from '@/lib/auth/action'
import { unsubscribeByLink } from '@/lib/newsletter/subscriptions'
import { readUnsubscribeToken } from '@/lib/newsletter/unsubscribe-token'

/** The button of the unsubscribe page: no login, the signed token is the proof. */
export const unsubscribeFromNewsletter = formAction(
  'anyone',
  z.object({ token: z.string() }),
  async ({ token }) => {
    const claim = readUnsubscribeToken(token)
    if (!claim) return { ok: false, message: 'This unsubscribe link is not valid.' }
    unsubscribeByLink(claim)
    return { ok: true, message: 'You are unsubscribed: no more newsletters will be sent to this address. You can subscribe again on your profile.' }
  },
  { hidden: ['token'] },
)
