'use server'

import { after } from 'next/server'
import { AuthError } from 'next-auth'
import { sendWelcomeMail } from '@/lib/accounts/links'
import { createReader } from '@/lib/accounts/profile'
import { logInSchema, registerSchema } from '@/lib/accounts/schemas'
import { formAction } from '@/lib/auth/action'
import { signIn } from '@/lib/auth/next-auth'
import { hitRateLimits, loginAttempt, retryMessage } from '@/lib/auth/rate-limits'
import { normaliseEmail } from '@/lib/auth/users'
import { getClientIp } from '@/lib/core/client-ip'

export const logIn = formAction('anyone', logInSchema, async ({ email, password, callbackUrl }) => {
  // Counted for known and unknown addresses alike, so the limit does not tell which exist.
  const limited = hitRateLimits(loginAttempt(normaliseEmail(email), await getClientIp()))
  // A flood of guesses from many addresses stops password login for the account itself; its owner still has the
  // mailed link, which these limits do not touch.
  if (!limited.ok) {
    return { ok: false, message: `${retryMessage(limited.retryAfterSeconds)} You can still log in with “Email me a sign-in link” below.` }
  }
  try {
    await signIn('credentials', { email, password, redirectTo: callbackUrl })
  } catch (error) {
    // Unknown email and wrong password fail alike, so the form cannot be used to find accounts.
    if (error instanceof AuthError) return { ok: false, message: 'Wrong email or password.' }
    throw error // signIn signals success with a redirect, which must pass through.
  }
  return null
})

export const registerReader = formAction('anyone', registerSchema, async ({ name, email, password, newsletter, callbackUrl, ...landing }) => {
  const limited = hitRateLimits([['registerPerIp', await getClientIp()]])
  if (!limited.ok) return { ok: false, message: retryMessage(limited.retryAfterSeconds) }
  const created = await createReader({ name, email, password, newsletter }, { callbackUrl, landing })
  if (!created.ok) return { ok: false, fieldErrors: { email: ['A profile with this email already exists. Log in instead.'] } }
  after(() => sendWelcomeMail(created.userId))
  await signIn('credentials', { email, password, redirectTo: callbackUrl })
  return null
})
