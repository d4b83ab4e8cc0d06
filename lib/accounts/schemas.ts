import { z } from 'zod'
import { passwordSchema } from '@/lib/auth/passwords'
import { checkboxSchema, idSchema } from '@/lib/core/params'
import { safeCallbackUrl } from '@/lib/core/redirects'
import { lineText } from '@/lib/core/text'
import { attributionFields } from './attribution'

// What the account forms accept: logging in, registering, the forms behind mailed links, and the profile.

const email = z
  .string()
  .trim()
  .min(1, 'Enter your email address.')
  .max(320, 'That email address is too long.')
  .pipe(z.email('Enter a valid email address.'))

const name = lineText().trim().min(1, 'Enter your name.').max(100, 'Use at most 100 characters.')

/** Where to go afterwards: a path on this site, or the front page. */
const callbackUrl = z.string().transform(safeCallbackUrl)

/** A token from a mailed link; lib/auth/tokens.ts decides whether it is any good. */
const token = z.string()

const currentPassword = (message: string) => z.string().min(1, message).max(1024)

/** A new password, typed twice. */
const newPassword = { password: passwordSchema, confirm: z.string() }
const typedTwice = (value: { password: string; confirm: string }) => value.password === value.confirm
const differ = { path: ['confirm'], message: 'The two passwords differ.' }

export const logInSchema = z.object({ email, password: currentPassword('Enter your password.'), callbackUrl })
/** Registration, with where the reader came from (hidden fields; a bad value is dropped, never an error). */
export const registerSchema = z.object({ name, email, password: passwordSchema, newsletter: checkboxSchema, callbackUrl, ...attributionFields })

export const passwordResetRequestSchema = z.object({ email })
export const passwordResetSchema = z.object({ token, ...newPassword }).refine(typedTwice, differ)
export const magicLinkRequestSchema = z.object({ email, callbackUrl })
export const magicLinkSchema = z.object({ token, callbackUrl })
export const confirmEmailSchema = z.object({ token })

export const nameSchema = z.object({ name })
export const emailChangeSchema = z.object({ email })
export const passwordChangeSchema = z.object({ currentPassword: currentPassword('Enter your current password.'), ...newPassword }).refine(typedTwice, differ)
export const deleteProfileSchema = z.object({ currentPassword: currentPassword('Enter your current password to delete your profile.') })
export const noInput = z.object({})
export const revokeGiftSchema = z.object({ giftLinkId: idSchema })

/** The newsletter on /account: on or off, and every section or those chosen. */
export const newsletterChoiceSchema = z
  .object({ subscribed: checkboxSchema, scope: z.enum(['all', 'chosen'], 'Choose every section or some.'), sectionIds: z.array(idSchema) })
  .refine((choice) => !choice.subscribed || choice.scope === 'all' || choice.sectionIds.length > 0, {
    path: ['sectionIds'],
    message: 'Choose at least one section, or every section.',
  })
