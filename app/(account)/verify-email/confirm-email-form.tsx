'use client'

import { ActionForm } from '@/app/_components/action-form'
import { SubmitButton } from '@/app/_components/submit-button'
import { confirmEmail } from '../link-actions'

export function ConfirmEmailForm({ token }: { token: string }) {
  return (
    <ActionForm action={confirmEmail} hiddenFields={{ token }} submit={null}>
      {(state, pending) => !state?.ok && <SubmitButton pending={pending}>Confirm my email address</SubmitButton>}
    </ActionForm>
  )
}
