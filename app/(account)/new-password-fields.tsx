import { FormField } from '@/app/_components/form-field'

/** A new password typed twice, checked by lib/accounts/schemas.ts. */
export function NewPasswordFields({ errors }: { errors?: Partial<Record<'password' | 'confirm', string[]>> }) {
  return (
    <>
      <FormField
        label="New password"
        name="password"
        type="password"
        autoComplete="new-password"
        hint="8 to 128 characters, and not one of the most common passwords."
        errors={errors?.password}
      />
      <FormField label="New password again" name="confirm" type="password" autoComplete="new-password" errors={errors?.confirm} />
    </>
  )
}
