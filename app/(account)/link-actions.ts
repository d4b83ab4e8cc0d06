'use server'

import { after } from 'next/server'
import { redirect } from 'next/navigation'
import { AuthError } from 'next-auth'
import { z } from 'zod'
import type { ActionState } from '@/app/_components/action-state'
import { confirmEmailWithToken, resetPasswordWithToken, sendMagicLink, sendPasswordResetLink } from '@/lib/accounts/links'
import { signIn } from '@/lib/auth/next-auth'
import { getClientIp } from '@/lib/core/client-ip'
import { formText } from '@/lib/core/form-data'
import { hitRateLimits, mailLinkRequest, retryMessage } from '@/lib/auth/rate-limits'
import { safeCallbackUrl } from '@/lib/core/redirects'
import { normaliseEmail } from '@/lib/auth/users'
import { emailSchema, newPasswordSchema } from './schemas'

// The forms behind links sent by mail. Asking for a link answers the same whether or not the address has an
// account, and the mail is sent after the response, so neither the words nor the time tell.

export type LinkFormState = ActionState<'email' | 'password' | 'confirm'>

async function limitMailLinks(email: string) {
  return hitRateLimits(mailLinkRequest(normaliseEmail(email), await getClientIp()))
}

export async function requestPasswordReset(_previous: LinkFormState, formData: FormData): Promise<LinkFormState> {
  const values = { email: formText(formData, 'email') }
  const parsed = emailSchema.safeParse(values.email)
  if (!parsed.success) return { ok: false, fieldErrors: { email: z.flattenError(parsed.error).formErrors }, values }
  const limited = await limitMailLinks(parsed.data)
  if (!limited.ok) return { ok: false, message: retryMessage(limited.retryAfterSeconds), values }
  after(() => sendPasswordResetLink(parsed.data))
  return {
    ok: true,
    message: `If a profile uses ${parsed.data}, we have sent it a link to choose a new password. The link works for 30 minutes.`,
  }
}

export async function resetPassword(_previous: LinkFormState, formData: FormData): Promise<LinkFormState> {
  const parsed = newPasswordSchema.safeParse({ password: formText(formData, 'password'), confirm: formText(formData, 'confirm') })
  if (!parsed.success) return { ok: false, fieldErrors: z.flattenError(parsed.error).fieldErrors }
  const done = await resetPasswordWithToken(formText(formData, 'token'), parsed.data.password)
  if (!done) return { ok: false, message: 'This link has expired or has been used. Ask for a new one below.' }
  redirect('/login?reset=1')
}

export async function requestMagicLink(_previous: LinkFormState, formData: FormData): Promise<LinkFormState> {
  const values = { email: formText(formData, 'email') }
  const parsed = emailSchema.safeParse(values.email)
  if (!parsed.success) return { ok: false, fieldErrors: { email: z.flattenError(parsed.error).formErrors }, values }
  const limited = await limitMailLinks(parsed.data)
  if (!limited.ok) return { ok: false, message: retryMessage(limited.retryAfterSeconds), values }
  const callbackUrl = safeCallbackUrl(formData.get('callbackUrl'))
  after(() => sendMagicLink(parsed.data, callbackUrl))
  return { ok: true, message: `If a profile uses ${parsed.data}, we have sent it a sign-in link. It works for 15 minutes.` }
}

export async function logInWithLink(_previous: LinkFormState, formData: FormData): Promise<LinkFormState> {
  try {
    await signIn('magic-link', { token: formText(formData, 'token'), redirectTo: safeCallbackUrl(formData.get('callbackUrl')) })
  } catch (error) {
    if (error instanceof AuthError) {
      return { ok: false, message: 'This sign-in link has expired or has been used. Ask for a new one on the login page.' }
    }
    throw error // the redirect that signals success
  }
  return null
}

export async function confirmEmail(_previous: LinkFormState, formData: FormData): Promise<LinkFormState> {
  const result = confirmEmailWithToken(formText(formData, 'token'))
  if (result.ok) return { ok: true, message: result.changed ? 'Your new email address is in use.' : 'Your email address is confirmed.' }
  if (result.reason === 'taken') return { ok: false, message: 'Another profile uses that address now, so it was not changed.' }
  return { ok: false, message: 'This link has expired or has been used.' }
}
