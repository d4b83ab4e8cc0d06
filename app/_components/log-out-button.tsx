'use client'

import { useActionState } from 'react'
import { logOut } from './log-out'

export function LogOutButton() {
  const [, action, pending] = useActionState(logOut, null)
  return (
    <form action={action}>
      <button type="submit" disabled={pending} className="font-semibold text-brand hover:underline">
        Log out
      </button>
    </form>
  )
}
