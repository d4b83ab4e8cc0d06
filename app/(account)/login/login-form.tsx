'use client'

import { ActionForm } from '@/app/_components/action-form'
import { FormField } from '@/app/_components/form-field'
import { logIn } from '../actions'

export function LoginForm({ callbackUrl }: { callbackUrl: string }) {
  return (
    <ActionForm action={logIn} hiddenFields={{ callbackUrl }} submit="Log in">
      {(state) => (
        <>
          <FormField label="Email" name="email" type="email" autoComplete="email" state={state} />
          <FormField label="Password" name="password" type="password" autoComplete="current-password" state={state} />
        </>
      )}
    </ActionForm>
  )
}
