'use server'

import { noInput } from '@/lib/accounts/schemas'
import { formAction } from '@/lib/auth/action'
import { signOut } from '@/lib/auth/next-auth'

/** Logs this browser out (the header's and the desk's "Log out"). */
export const logOut = formAction('anyone', noInput, async () => {
  await signOut({ redirectTo: '/' })
  return null
})
