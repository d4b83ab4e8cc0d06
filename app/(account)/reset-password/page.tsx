import type { Metadata } from 'next'
import { IntentLink } from '@/app/_components/intent-link'
import { parseQueryParam } from '@/lib/core/params'
import { isTokenValid } from '@/lib/auth/tokens'
import { ResetPasswordForm } from './reset-password-form'

export const metadata: Metadata = { title: 'Choose a new password', robots: { index: false } }

type Props = { searchParams: Promise<{ token?: string | string[] }> }

export default async function ResetPasswordPage({ searchParams }: Props) {
  const token = parseQueryParam((await searchParams).token)
  const valid = isTokenValid(token, ['password-reset'])
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-6 font-serif text-3xl font-bold">Choose a new password</h1>
      {valid ? (
        <ResetPasswordForm token={token} />
      ) : (
        <p role="alert" className="font-semibold text-brand">
          This link has expired or has been used.{' '}
          <IntentLink href="/forgot-password" className="underline">
            Ask for a new one
          </IntentLink>
          .
        </p>
      )}
    </div>
  )
}
