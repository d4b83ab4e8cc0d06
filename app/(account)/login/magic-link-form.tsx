'use client'

import { useActionState } from 'react'
import { FormField } from '@/app/_components/form-field'
import { FormMessage } from '@/app/_components/form-message'
import { requestMagicLink } from '../link-actions'

export function MagicLinkForm({ callbackUrl }: { callbackUrl: string }) {
  const [state, action, pending] = useActionState(requestMagicLink, null)
  return (
    <form action={action} noValidate aria-labelledby="magic-link-heading" className="flex flex-col gap-4">
      <h2 id="magic-link-heading" className="text-lg font-semibold">
        Or log in without a password
      </h2>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <FormMessage state={state} />
      <FormField
        label="Email for the link"
        name="email"
        type="email"
        autoComplete="email"
        defaultValue={state?.values?.email}
        errors={state?.fieldErrors?.email}
      />
      <div>
        <button type="submit" disabled={pending} className="rounded border border-brand px-4 py-2 font-semibold text-brand hover:bg-brand hover:text-white disabled:opacity-60">
          Email me a sign-in link
        </button>
      </div>
    </form>
  )
}
