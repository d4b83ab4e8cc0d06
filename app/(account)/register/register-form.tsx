'use client'

import { useActionState } from 'react'
import { registerReader } from '../actions'
import { FormField } from '@/app/_components/form-field'
import { SubmitButton } from '@/app/_components/submit-button'

export function RegisterForm({ callbackUrl }: { callbackUrl: string }) {
  const [state, action, pending] = useActionState(registerReader, null)
  return (
    <form action={action} noValidate className="flex flex-col gap-4">
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <FormField
        label="Name"
        name="name"
        autoComplete="name"
        defaultValue={state?.values?.name}
        errors={state?.fieldErrors?.name}
      />
      <FormField
        label="Email"
        name="email"
        type="email"
        autoComplete="email"
        defaultValue={state?.values?.email}
        errors={state?.fieldErrors?.email}
      />
      <FormField
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        hint="8 to 128 characters."
        errors={state?.fieldErrors?.password}
      />
      <SubmitButton pending={pending}>Create profile</SubmitButton>
    </form>
  )
}
