'use client'

import { useActionState } from 'react'
import { FormField } from '@/app/_components/form-field'
import { FormMessage } from '@/app/_components/form-message'
import { SubmitButton } from '@/app/_components/submit-button'
import { requestPasswordReset } from '../link-actions'

export function ForgotPasswordForm() {
  const [state, action, pending] = useActionState(requestPasswordReset, null)
  return (
    <form action={action} noValidate className="flex flex-col gap-4">
      <FormMessage state={state} />
      <FormField label="Email" name="email" type="email" autoComplete="email" defaultValue={state?.values?.email} errors={state?.fieldErrors?.email} />
      <SubmitButton pending={pending}>Send me a link</SubmitButton>
    </form>
  )
}
