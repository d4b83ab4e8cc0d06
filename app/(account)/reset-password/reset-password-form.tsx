'use client'

import { useActionState } from 'react'
import { FormMessage } from '@/app/_components/form-message'
import { SubmitButton } from '@/app/_components/submit-button'
import { NewPasswordFields } from '../new-password-fields'
import { resetPassword } from '../link-actions'

export function ResetPasswordForm({ token }: { token: string }) {
  const [state, action, pending] = useActionState(resetPassword, null)
  return (
    <form action={action} noValidate className="flex flex-col gap-4">
      <input type="hidden" name="token" value={token} />
      <FormMessage state={state} />
      <NewPasswordFields errors={state?.fieldErrors} />
      <SubmitButton pending={pending}>Set the new password</SubmitButton>
    </form>
  )
}
