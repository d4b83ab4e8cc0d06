'use client'

import { useActionState } from 'react'
import { logIn } from '../actions'
import { FormField } from '@/app/_components/form-field'
import { SubmitButton } from '@/app/_components/submit-button'

export function LoginForm({ callbackUrl }: { callbackUrl: string }) {
  const [state, action, pending] = useActionState(logIn, null)
  return (
    <form action={action} noValidate className="flex flex-col gap-4">
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <p role="alert" className="font-semibold text-brand empty:hidden">
        {state?.message}
      </p>
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
        autoComplete="current-password"
        errors={state?.fieldErrors?.password}
      />
      <SubmitButton pending={pending}>Log in</SubmitButton>
    </form>
  )
}
