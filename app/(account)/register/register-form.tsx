'use client'

import { ActionForm } from '@/app/_components/action-form'
import { FormField } from '@/app/_components/form-field'
import { registerReader } from '../actions'

export function RegisterForm({ callbackUrl }: { callbackUrl: string }) {
  return (
    <ActionForm action={registerReader} hiddenFields={{ callbackUrl }} submit="Create profile">
      {(state) => (
        <>
          <FormField label="Name" name="name" autoComplete="name" state={state} />
          <FormField label="Email" name="email" type="email" autoComplete="email" state={state} />
          <FormField label="Password" name="password" type="password" autoComplete="new-password" hint="8 to 128 characters." state={state} />
        </>
      )}
    </ActionForm>
  )
}
