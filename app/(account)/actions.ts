'use server'

import { after } from 'next/server'
import { AuthError } from 'next-auth'
import { z } from 'zod'
import type { ActionState } from '@/app/_components/action-state'
import { sendWelcomeMail } from '@/lib/accounts/links'
import { signIn, signOut } from '@/lib/auth/next-auth'
import { formText } from '@/lib/core/form-data'
import { passwordSchema } from '@/lib/auth/passwords'
import { safeCallbackUrl } from '@/lib/core/redirects'
import { getClientIp } from '@/lib/core/client-ip'
import { hitRateLimits, loginAttempt, retryMessage } from '@/lib/auth/rate-limits'
import { createReader } from '@/lib/accounts/profile'
import { normaliseEmail } from '@/lib/auth/users'
import { emailSchema, nameSchema } from './schemas'

export type AccountFormState = ActionState<'name' | 'email' | 'password'>

const logInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, 'Enter your password.').max(1024),
})

const registerSchema = z.object({ name: nameSchema, email: emailSchema, password: passwordSchema })

export async function logIn(_previous: AccountFormState, formData: FormData): Promise<AccountFormState> {
  const values = { email: formText(formData, 'email') }
  const parsed = logInSchema.safeParse({ email: values.email, password: formText(formData, 'password') })
  if (!parsed.success) return { ok: false, fieldErrors: z.flattenError(parsed.error).fieldErrors, values }
  // Counted for known and unknown addresses alike, so the limit does not tell which exist.
  const limited = hitRateLimits(loginAttempt(normaliseEmail(parsed.data.email), await getClientIp()))
  if (!limited.ok) return { ok: false, message: retryMessage(limited.retryAfterSeconds), values }
  try {
    await signIn('credentials', { ...parsed.data, redirectTo: safeCallbackUrl(formData.get('callbackUrl')) })
  } catch (error) {
    // Unknown email and wrong password fail alike, so the form cannot be used to find accounts.
    if (error instanceof AuthError) return { ok: false, message: 'Wrong email or password.', values }
    throw error // signIn signals success with a redirect, which must pass through.
  }
  return null
}

export async function registerReader(_previous: AccountFormState, formData: FormData): Promise<AccountFormState> {
  const values = { name: formText(formData, 'name'), email: formText(formData, 'email') }
  const parsed = registerSchema.safeParse({ ...values, password: formText(formData, 'password') })
  if (!parsed.success) return { ok: false, fieldErrors: z.flattenError(parsed.error).fieldErrors, values }
  const limited = hitRateLimits([['registerPerIp', await getClientIp()]])
  if (!limited.ok) return { ok: false, message: retryMessage(limited.retryAfterSeconds), values }
  const created = await createReader(parsed.data)
  if (!created.ok) {
    return { ok: false, fieldErrors: { email: ['A profile with this email already exists. Log in instead.'] }, values }
  }
  after(() => sendWelcomeMail(created.userId))
  await signIn('credentials', {
    email: parsed.data.email,
    password: parsed.data.password,
    redirectTo: safeCallbackUrl(formData.get('callbackUrl')),
  })
  return null
}

export async function logOut() {
  await signOut({ redirectTo: '/' })
}
