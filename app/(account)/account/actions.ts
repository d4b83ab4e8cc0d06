'use server'

import { after } from 'next/server'
import { refresh } from 'next/cache'
import { requestEmailChange, sendWelcomeMail } from '@/lib/accounts/links'
import { accountMail } from '@/lib/accounts/mails'
import { deleteAccount, updateName } from '@/lib/accounts/profile'
import {
  deleteProfileSchema,
  emailChangeSchema,
  nameSchema,
  newsletterChoiceSchema,
  noInput,
  passwordChangeSchema,
  revokeGiftSchema,
} from '@/lib/accounts/schemas'
import { revokeGiftLink } from '@/lib/articles/gift-links'
import { formAction } from '@/lib/auth/action'
import { signIn, signOut } from '@/lib/auth/next-auth'
import { hitRateLimits, retryMessage } from '@/lib/auth/rate-limits'
import { checkPassword, endAllSessions, setPassword } from '@/lib/auth/users'
import { sendMail } from '@/lib/core/mail'
import { updateSubscription } from '@/lib/newsletter/subscriptions'
import { mailSeatStatus } from '@/lib/programme/seat-mail'

// The member's own profile. Each action acts for the member of the session; none takes a user id from the form.

/** What to say next to a current password that is wrong or may not be checked just now; null when it is right. */
async function currentPasswordError(userId: number, password: string, wrong: string): Promise<string | null> {
  const checked = await checkPassword(userId, password)
  if (!checked.ok) return retryMessage(checked.retryAfterSeconds)
  return checked.correct ? null : wrong
}

/** Withdraws one of the member's own gift links: it opens nothing from now on. */
export const revokeGift = formAction(
  'reader',
  revokeGiftSchema,
  async ({ giftLinkId }, viewer) => {
    if (!revokeGiftLink(viewer.id, giftLinkId)) return { ok: false, message: 'That gift link is not yours, or is already withdrawn.' }
    refresh()
    return { ok: true, message: 'Gift link withdrawn.' }
  },
  { hidden: ['giftLinkId'] },
)

export const changeName = formAction('reader', nameSchema, async ({ name }, viewer) => {
  updateName(viewer.id, name)
  refresh()
  return { ok: true, message: 'Your name is changed.' }
})

export const changeEmail = formAction('reader', emailChangeSchema, async ({ email }, viewer) => {
  const limited = hitRateLimits([['accountMailPerUser', String(viewer.id)]])
  if (!limited.ok) return { ok: false, message: retryMessage(limited.retryAfterSeconds) }
  const result = await requestEmailChange(viewer.id, email)
  if (!result.ok) {
    if (result.reason === 'mail-failed') return { ok: false, message: 'We could not send mail just now. Try again later.' }
    const message = result.reason === 'same' ? 'That is already your address.' : 'Another profile uses that address.'
    return { ok: false, fieldErrors: { email: [message] } }
  }
  return { ok: true, message: `We have sent a link to ${email}. Your address changes when you follow it.` }
})

export const resendVerification = formAction('reader', noInput, async (_input, viewer) => {
  const limited = hitRateLimits([['accountMailPerUser', String(viewer.id)]])
  if (!limited.ok) return { ok: false, message: retryMessage(limited.retryAfterSeconds) }
  after(() => sendWelcomeMail(viewer.id))
  return { ok: true, message: `We have sent a new link to ${viewer.email}.` }
})

/** Sets a new password and ends every other session; this one is signed in again with the new password. */
export const changePassword = formAction('reader', passwordChangeSchema, async ({ currentPassword, password }, viewer) => {
  const error = await currentPasswordError(viewer.id, currentPassword, 'That is not your current password.')
  if (error) return { ok: false, fieldErrors: { currentPassword: [error] } }
  await setPassword(viewer.id, password)
  after(() => sendMail(accountMail.passwordChanged(viewer.email)))
  // A new session for this browser. It is read from the next request (the redirect), not from this one.
  await signIn('credentials', { email: viewer.email, password, redirectTo: '/account?changed=password' })
  return null
})

export const logOutEverywhere = formAction('reader', noInput, async (_input, viewer) => {
  endAllSessions(viewer.id)
  await signOut({ redirectTo: '/' })
  return null
})

export const deleteProfile = formAction('reader', deleteProfileSchema, async ({ currentPassword }, viewer) => {
  const error = await currentPasswordError(viewer.id, currentPassword, 'Enter your current password to delete your profile.')
  if (error) return { ok: false, fieldErrors: { currentPassword: [error] } }
  const result = deleteAccount(viewer.id)
  if (!result.ok) return { ok: false, message: 'You are the only admin. Make someone else an admin first.' }
  after(() => Promise.all(result.promoted.map(({ userId, articleId }) => mailSeatStatus(userId, articleId, 'moved-up'))))
  await signOut({ redirectTo: '/' })
  return null
})

export const chooseNewsletter = formAction('reader', newsletterChoiceSchema, async ({ subscribed, scope, sectionIds }, viewer) => {
  updateSubscription(viewer.id, { subscribed, allSections: scope === 'all', sectionIds })
  refresh()
  return { ok: true, message: subscribed ? 'Your newsletter choice is saved.' : 'You will get no more newsletters.' }
})
