'use client'

import { useActionState } from 'react'
import { FormField } from '@/app/_components/form-field'
import { FormMessage } from '@/app/_components/form-message'
import { SubmitButton } from '@/app/_components/submit-button'
import { resetPassword } from '../link-actions'

export function ResetPasswordForm({ token }: { token: string }) {
  const [state, action, pending] = useActionState(resetPassword, null)
  return (
    <form action={action} noValidate className="flex flex-col gap-4">
      <input type="hidden" name="token" value={token} />
      <FormMessage state={state} />
      <FormField
        label="New password"
        name="password"
        type="password"
        autoComplete="new-password"
        hint="8 to 128 characters, and not one of the most common passwords."
        errors={state?.fieldErrors?.password}
      />
      <FormField label="New password again" name="confirm" type="password" autoComplete="new-password" errors={state?.fieldErrors?.confirm} />
      <SubmitButton pending={pending}>Set the new password</SubmitButton>
    </form>
  )
}
