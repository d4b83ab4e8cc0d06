'use client'

import { ActionForm } from '@/app/_components/action-form'
import { FormField } from '@/app/_components/form-field'
import { requestMagicLink } from '../link-actions'

export function MagicLinkForm({ callbackUrl }: { callbackUrl: string }) {
  return (
    <section aria-labelledby="magic-link-heading" className="flex flex-col gap-4">
      <h2 id="magic-link-heading" className="text-lg font-semibold">
        Or log in without a password
      </h2>
      <ActionForm action={requestMagicLink} hiddenFields={{ callbackUrl }} submit="Email me a sign-in link" variant="secondary">
        {(state) => <FormField label="Email for the link" name="email" type="email" autoComplete="email" state={state} />}
      </ActionForm>
    </section>
  )
}
