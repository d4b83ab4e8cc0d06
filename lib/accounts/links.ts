import 'server-only'
import { after } from 'next/server'
import { consumeToken, issueToken } from '@/lib/auth/tokens'
import { findActiveUserByEmail, findUserByEmail, getUserById, markEmailVerified, normaliseEmail, setPassword } from '@/lib/auth/users'
import { sendMail } from '@/lib/core/mail'
import { safeCallbackUrl } from '@/lib/core/redirects'
import { absoluteUrl } from '@/lib/core/urls'
import { startIfConfirmed } from '@/lib/newsletter/subscriptions'
import { accountMail } from './mails'
import { changeEmailAddress } from './profile'

// What the links in account mails do: reset a password, sign in, confirm an address. Each link carries a token
// from lib/auth/tokens.ts and is built from SITE_URL.

/** Mails a reset link when an enabled account uses the address; otherwise does nothing, visibly the same. */
export async function sendPasswordResetLink(email: string) {
  const user = findActiveUserByEmail(email)
  if (!user) return
  const token = issueToken(user.id, 'password-reset')
  await sendMail(accountMail.passwordReset(user.email, absoluteUrl(`/reset-password?token=${token}`)))
}

/** Sets the new password if the token is good, ending every session of the user. False when the link is not. */
export async function resetPasswordWithToken(token: string, password: string): Promise<boolean> {
  const used = consumeToken(token, ['password-reset'])
  const user = used && getUserById(used.userId)
  if (!user || user.disabled) return false
  await setPassword(user.id, password)
  after(() => sendMail(accountMail.passwordChanged(user.email)))
  return true
}

/** Mails a one-time sign-in link that returns to `callbackUrl`, when an enabled account uses the address. */
export async function sendMagicLink(email: string, callbackUrl: string) {
  const user = findActiveUserByEmail(email)
  if (!user) return
  const token = issueToken(user.id, 'magic-link')
  const url = absoluteUrl(`/login/link?token=${token}&callbackUrl=${encodeURIComponent(safeCallbackUrl(callbackUrl))}`)
  await sendMail(accountMail.magicLink(user.email, url))
}

/** The welcome mail of a new member, with the link that confirms their address. */
export async function sendWelcomeMail(userId: number) {
  const user = getUserById(userId)
  if (!user) return
  const token = issueToken(user.id, 'verify-email')
  await sendMail(accountMail.welcome(user.email, user.name, absoluteUrl(`/verify-email?token=${token}`)))
}

export type EmailChangeResult = { ok: true } | { ok: false; reason: 'same' | 'taken' | 'mail-failed' }

/** Mails a confirmation link to the new address; the change takes effect only when it is followed. */
export async function requestEmailChange(userId: number, newEmail: string): Promise<EmailChangeResult> {
  const user = getUserById(userId)
  const email = normaliseEmail(newEmail)
  if (!user || user.email === email) return { ok: false, reason: 'same' }
  if (findUserByEmail(email)) return { ok: false, reason: 'taken' }
  const token = issueToken(user.id, 'change-email', { newEmail: email })
  const sent = await sendMail(accountMail.confirmNewEmail(email, absoluteUrl(`/verify-email?token=${token}`)))
  return sent ? { ok: true } : { ok: false, reason: 'mail-failed' }
}

export type ConfirmEmailResult = { ok: true; changed: boolean } | { ok: false; reason: 'invalid' | 'taken' }

/** Follows a link from a welcome mail (confirms the address) or from an email change (switches to the new one). */
export function confirmEmailWithToken(token: unknown): ConfirmEmailResult {
  const used = consumeToken(token, ['verify-email', 'change-email'])
  const user = used && getUserById(used.userId)
  if (!used || !user || user.disabled) return { ok: false, reason: 'invalid' }
  if (used.purpose === 'verify-email') {
    markEmailVerified(user.id)
    startIfConfirmed(user.id)
    return { ok: true, changed: false }
  }
  // Someone may have registered with the address after the link was sent.
  if (!changeEmailAddress(user.id, used.newEmail!)) return { ok: false, reason: 'taken' }
  startIfConfirmed(user.id)
  // The old address hears of it, in case the change was not its owner's doing.
  after(() => sendMail(accountMail.emailChanged(user.email, used.newEmail!)))
  return { ok: true, changed: true }
}
