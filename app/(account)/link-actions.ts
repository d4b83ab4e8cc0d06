'use server'

import { after } from 'next/server'
import { redirect } from 'next/navigation'
import { AuthError } from 'next-auth'
import { confirmEmailWithToken, resetPasswordWithToken, sendMagicLink, sendPasswordResetLink } from '@/lib/accounts/links'
import {
  confirmEmailSchema,
  magicLinkRequestSchema,
  magicLinkSchema,
  passwordResetRequestSchema,
  passwordResetSchema,
} from '@/lib/accounts/schemas'
import { formAction } from '@/lib/auth/action'
import { signIn } from '@/lib/auth/next-auth'
import { hitRateLimits, mailLinkRequest, retryMessage } from '@/lib/auth/rate-limits'
import { normaliseEmail } from '@/lib/auth/users'
import { getClientIp } from '@/lib/core/client-ip'

// The forms behind links sent by mail. Asking for a link answers the same whether or not the address has an
// account, and the mail is sent after the response, so neither the words nor the time tell.

async function limitMailLinks(email: string) {
  return hitRateLimits(mailLinkRequest(normaliseEmail(email), await getClientIp()))
}

export const requestPasswordReset = formAction('anyone', passwordResetRequestSchema, async ({ email }) => {
  const limited = await limitMailLinks(email)
  if (!limited.ok) return { ok: false, message: retryMessage(limited.retryAfterSeconds) }
  after(() => sendPasswordResetLink(email))
  return { ok: true, message: `If a profile uses ${email}, we have sent it a link to choose a new password. The link works for 30 minutes.` }
})

export const resetPassword = formAction('anyone', passwordResetSchema, async ({ token, password }) => {
  const done = await resetPasswordWithToken(token, password)
  if (!done) return { ok: false, message: 'This link has expired or has been used. Ask for a new one below.' }
  redirect('/login?reset=1')
})

export const requestMagicLink = formAction('anyone', magicLinkRequestSchema, async ({ email, callbackUrl }) => {
  const limited = await limitMailLinks(email)
  if (!limited.ok) return { ok: false, message: retryMessage(limited.retryAfterSeconds) }
  after(() => sendMagicLink(email, callbackUrl))
  return { ok: true, message: `If a profile uses ${email}, we have sent it a sign-in link. It works for 15 minutes.` }
})

export const logInWithLink = formAction('anyone', magicLinkSchema, async ({ token, callbackUrl }) => {
  try {
    await signIn('magic-link', { token, redirectTo: callbackUrl })
  } catch (error) {
    if (error instanceof AuthError) {
      return { ok: false, message: 'This sign-in link has expired or has been used. Ask for a new one on the login page.' }
    }
    throw error // the redirect that signals success
  }
  return null
})

export const confirmEmail = formAction('anyone', confirmEmailSchema, async ({ token }) => {
  const result = confirmEmailWithToken(token)
  if (result.ok) return { ok: true, message: result.changed ? 'Your new email address is in use.' : 'Your email address is confirmed.' }
  if (result.reason === 'taken') return { ok: false, message: 'Another profile uses that address now, so it was not changed.' }
  return { ok: false, message: 'This link has expired or has been used.' }
})
