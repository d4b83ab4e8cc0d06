'use server'

import { after } from 'next/server'
import { refresh } from 'next/cache'
import { z } from 'zod'
import type { ActionState } from '@/app/_components/action-state'
import { requestEmailChange, sendWelcomeMail } from '@/lib/accounts/links'
import { accountMail } from '@/lib/accounts/mails'
import { signIn, signOut } from '@/lib/auth/next-auth'
import { formText } from '@/lib/core/form-data'
import { sendMail } from '@/lib/core/mail'
import { hitRateLimits, retryMessage } from '@/lib/auth/rate-limits'
import { mailSeatStatus } from '@/lib/programme/seat-mail'
import { requireRole } from '@/lib/auth/session'
import { deleteAccount, updateName } from '@/lib/accounts/profile'
import { checkPassword, endAllSessions, setPassword } from '@/lib/auth/users'
import { emailSchema, nameSchema, newPasswordSchema } from '../schemas'

// The member's own profile. Each action reads the member from the session; none takes a user id from the form.

export type ProfileFormState = ActionState<'name' | 'email' | 'currentPassword' | 'password' | 'confirm'>

const signedIn = () => requireRole('reader', '/account')

export async function changeName(_previous: ProfileFormState, formData: FormData): Promise<ProfileFormState> {
  const viewer = await signedIn()
  const parsed = nameSchema.safeParse(formText(formData, 'name'))
  if (!parsed.success) return { ok: false, fieldErrors: { name: z.flattenError(parsed.error).formErrors } }
  updateName(viewer.id, parsed.data)
  refresh()
  return { ok: true, message: 'Your name is changed.' }
}

export async function changeEmail(_previous: ProfileFormState, formData: FormData): Promise<ProfileFormState> {
  const viewer = await signedIn()
  const parsed = emailSchema.safeParse(formText(formData, 'email'))
  if (!parsed.success) return { ok: false, fieldErrors: { email: z.flattenError(parsed.error).formErrors } }
  const limited = hitRateLimits([['accountMailPerUser', String(viewer.id)]])
  if (!limited.ok) return { ok: false, message: retryMessage(limited.retryAfterSeconds) }
  const result = await requestEmailChange(viewer.id, parsed.data)
  if (!result.ok) {
    if (result.reason === 'mail-failed') return { ok: false, message: 'We could not send mail just now. Try again later.' }
    const message = result.reason === 'same' ? 'That is already your address.' : 'Another profile uses that address.'
    return { ok: false, fieldErrors: { email: [message] } }
  }
  return { ok: true, message: `We have sent a link to ${parsed.data}. Your address changes when you follow it.` }
}

export async function resendVerification(): Promise<ProfileFormState> {
  const viewer = await signedIn()
  const limited = hitRateLimits([['accountMailPerUser', String(viewer.id)]])
  if (!limited.ok) return { ok: false, message: retryMessage(limited.retryAfterSeconds) }
  after(() => sendWelcomeMail(viewer.id))
  return { ok: true, message: `We have sent a new link to ${viewer.email}.` }
}

const changePasswordSchema = z
  .object({ currentPassword: z.string().min(1, 'Enter your current password.').max(1024) })
  .and(newPasswordSchema)

/** Sets a new password and ends every other session; this one is signed in again with the new password. */
export async function changePassword(_previous: ProfileFormState, formData: FormData): Promise<ProfileFormState> {
  const viewer = await signedIn()
  const parsed = changePasswordSchema.safeParse(
    Object.fromEntries(['currentPassword', 'password', 'confirm'].map((name) => [name, formText(formData, name)])),
  )
  if (!parsed.success) return { ok: false, fieldErrors: z.flattenError(parsed.error).fieldErrors }
  if (!(await checkPassword(viewer.id, parsed.data.currentPassword))) {
    return { ok: false, fieldErrors: { currentPassword: ['That is not your current password.'] } }
  }
  await setPassword(viewer.id, parsed.data.password)
  after(() => sendMail(accountMail.passwordChanged(viewer.email)))
  // A new session for this browser. It is read from the next request (the redirect), not from this one.
  await signIn('credentials', { email: viewer.email, password: parsed.data.password, redirectTo: '/account?changed=password' })
  return null
}

export async function logOutEverywhere() {
  const viewer = await signedIn()
  endAllSessions(viewer.id)
  await signOut({ redirectTo: '/' })
}

export async function deleteProfile(_previous: ProfileFormState, formData: FormData): Promise<ProfileFormState> {
  const viewer = await signedIn()
  const password = formText(formData, 'currentPassword')
  if (!password || !(await checkPassword(viewer.id, password))) {
    return { ok: false, fieldErrors: { currentPassword: ['Enter your current password to delete your profile.'] } }
  }
  const result = deleteAccount(viewer.id)
  if (!result.ok) return { ok: false, message: 'You are the only admin. Make someone else an admin first.' }
  after(() => Promise.all(result.promoted.map(({ userId, articleId }) => mailSeatStatus(userId, articleId, 'moved-up'))))
  await signOut({ redirectTo: '/' })
  return null
}
