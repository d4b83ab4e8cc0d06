'use client'

import { useActionState } from 'react'
import { FormMessage } from '@/app/_components/form-message'
import { SubmitButton } from '@/app/_components/submit-button'
import { logInWithLink } from '../../link-actions'

export function LinkLoginForm({ token, callbackUrl }: { token: string; callbackUrl: string }) {
  const [state, action, pending] = useActionState(logInWithLink, null)
  return (
    <form action={action} className="flex flex-col gap-4">
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <FormMessage state={state} />
      <SubmitButton pending={pending}>Log in</SubmitButton>
    </form>
  )
}
