'use client'

import { useActionState } from 'react'
import { FormField } from '@/app/_components/form-field'
import { FormMessage } from '@/app/_components/form-message'
import { SubmitButton } from '@/app/_components/submit-button'
import { NewPasswordFields } from '../new-password-fields'
import { changeEmail, changeName, changePassword, deleteProfile, resendVerification } from './actions'

export function NameForm({ name }: { name: string }) {
  const [state, action, pending] = useActionState(changeName, null)
  return (
    <form action={action} noValidate className="flex flex-col gap-3">
      <FormMessage state={state} />
      <FormField label="Name" name="name" autoComplete="name" defaultValue={name} errors={state?.fieldErrors?.name} />
      <div>
        <SubmitButton pending={pending}>Save name</SubmitButton>
      </div>
    </form>
  )
}

export function EmailForm() {
  const [state, action, pending] = useActionState(changeEmail, null)
  return (
    <form action={action} noValidate className="flex flex-col gap-3">
      <FormMessage state={state} />
      <FormField
        label="New email address"
        name="email"
        type="email"
        autoComplete="email"
        errors={state?.fieldErrors?.email}
        hint="We send a link to the new address; the change takes effect when you follow it."
      />
      <div>
        <SubmitButton pending={pending}>Change email</SubmitButton>
      </div>
    </form>
  )
}

export function ResendVerificationForm() {
  const [state, action, pending] = useActionState(resendVerification, null)
  return (
    <form action={action} className="flex flex-col gap-2">
      <FormMessage state={state} />
      <div>
        <button type="submit" disabled={pending} className="text-sm font-semibold text-brand underline">
          Send the confirmation link again
        </button>
      </div>
    </form>
  )
}

export function PasswordForm() {
  const [state, action, pending] = useActionState(changePassword, null)
  return (
    <form action={action} noValidate className="flex flex-col gap-3">
      <FormMessage state={state} />
      <FormField label="Current password" name="currentPassword" type="password" autoComplete="current-password" errors={state?.fieldErrors?.currentPassword} />
      <NewPasswordFields errors={state?.fieldErrors} />
      <div>
        <SubmitButton pending={pending}>Change password</SubmitButton>
      </div>
    </form>
  )
}

export function DeleteProfileForm() {
  const [state, action, pending] = useActionState(deleteProfile, null)
  return (
    <form action={action} noValidate className="flex flex-col gap-3">
      <FormMessage state={state} />
      <FormField
        label="Your password, to confirm"
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        errors={state?.fieldErrors?.currentPassword}
      />
      <div>
        <button type="submit" disabled={pending} className="rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark disabled:opacity-60">
          Delete my profile
        </button>
      </div>
    </form>
  )
}
