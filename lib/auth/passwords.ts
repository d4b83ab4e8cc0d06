// Pure password hashing, shared by the auth code and the seed script.
import { type Algorithm, hash, verify } from '@node-rs/argon2'
import { dictionary } from '@zxcvbn-ts/language-common'
import { z } from 'zod'

// OWASP's argon2id minimum: 19 MiB, 2 passes, 1 lane. (Algorithm is a const enum, which isolatedModules
// cannot read at run time, hence the literal checked against it.)
const argon2Options = { algorithm: 2 satisfies Algorithm.Argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 }

let commonPasswords: Set<string> | undefined

/** One of the ~49,000 most common passwords (zxcvbn's list, maintained as @zxcvbn-ts/language-common), any case. */
export function isCommonPassword(password: string): boolean {
  commonPasswords ??= new Set(dictionary['passwords-common'])
  return commonPasswords.has(password.toLowerCase())
}

export const passwordSchema = z
  .string()
  .min(8, 'Use at least 8 characters.')
  .max(128, 'Use at most 128 characters.')
  .refine((password) => !isCommonPassword(password), 'This password is one of the most common ones. Choose another.')

export function hashPassword(password: string): Promise<string> {
  return hash(password, argon2Options)
}

// Verified against when the email is unknown, so both failures take the same time.
const dummyHash = hashPassword('not-a-real-password-used-for-timing-only')

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  const ok = await verify(passwordHash ?? (await dummyHash), password).catch(() => false)
  return passwordHash !== null && ok
}
