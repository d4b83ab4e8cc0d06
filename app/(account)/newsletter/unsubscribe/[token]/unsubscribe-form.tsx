'use client'

import { ActionForm } from '@/app/_components/action-form'
import { SubmitButton } from '@/app/_components/submit-button'
import { unsubscribeFromNewsletter } from './actions'

export function UnsubscribeForm({ token }: { token: string }) {
  return (
    <ActionForm action={unsubscribeFromNewsletter} hiddenFields={{ token }} submit={null}>
      {(state, pending) => !state?.ok && <SubmitButton pending={pending}>Unsubscribe</SubmitButton>}
    </ActionForm>
  )
}
