import { z } from 'zod'
import { passwordSchema } from '@/lib/auth/passwords'
import { lineText } from '@/lib/core/text'

// Form fields shared by the account forms.

export const emailSchema = z
  .string()
  .trim()
  .min(1, 'Enter your email address.')
  .max(320, 'That email address is too long.')
  .pipe(z.email('Enter a valid email address.'))

export const nameSchema = lineText().trim().min(1, 'Enter your name.').max(100, 'Use at most 100 characters.')

/** A new password, typed twice. */
export const newPasswordSchema = z
  .object({ password: passwordSchema, confirm: z.string() })
  .refine((value) => value.password === value.confirm, { path: ['confirm'], message: 'The two passwords differ.' })
