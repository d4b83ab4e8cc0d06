'use client'

import { ActionForm } from '@/app/_components/action-form'
import { NewPasswordFields } from '../new-password-fields'
import { resetPassword } from '../link-actions'

export function ResetPasswordForm({ token }: { token: string }) {
  return (
    <ActionForm action={resetPassword} hiddenFields={{ token }} submit="Set the new password">
      {(state) => <NewPasswordFields errors={state?.fieldErrors} />}
    </ActionForm>
  )
}
