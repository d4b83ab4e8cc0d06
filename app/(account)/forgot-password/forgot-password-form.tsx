'use client'

import { ActionForm } from '@/app/_components/action-form'
import { FormField } from '@/app/_components/form-field'
import { requestPasswordReset } from '../link-actions'

export function ForgotPasswordForm() {
  return (
    <ActionForm action={requestPasswordReset} submit="Send me a link">
      {(state) => <FormField label="Email" name="email" type="email" autoComplete="email" state={state} />}
    </ActionForm>
  )
}
