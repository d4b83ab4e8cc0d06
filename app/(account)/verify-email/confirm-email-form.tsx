'use client'

import { useActionState } from 'react'
import { FormMessage } from '@/app/_components/form-message'
import { SubmitButton } from '@/app/_components/submit-button'
import { confirmEmail } from '../link-actions'

export function ConfirmEmailForm({ token }: { token: string }) {
  const [state, action, pending] = useActionState(confirmEmail, null)
  return (
    <form action={action} className="flex flex-col gap-4">
      <input type="hidden" name="token" value={token} />
      <FormMessage state={state} />
      {!state?.ok && <SubmitButton pending={pending}>Confirm my email address</SubmitButton>}
    </form>
  )
}
