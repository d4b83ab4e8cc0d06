import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { db } from '@/db/client'
import { users } from '@/db/schema'
import { insertUser } from '@/lib/testing/fixtures'
import { signInWithMagicLink } from './sign-in'
import { issueToken } from './tokens'

const userRow = (id: number) => db.select().from(users).where(eq(users.id, id)).get()

describe('signInWithMagicLink', () => {
  it('signs in once, confirms the address, and never for a disabled account', () => {
    const user = insertUser()
    const token = issueToken(user.id, 'magic-link')
    expect(signInWithMagicLink(token)?.id).toBe(user.id)
    expect(userRow(user.id)?.emailVerifiedAt).not.toBeNull()
    expect(signInWithMagicLink(token)).toBeNull()
    const disabled = insertUser({ disabled: true })
    expect(signInWithMagicLink(issueToken(disabled.id, 'magic-link'))).toBeNull()
  })
})
