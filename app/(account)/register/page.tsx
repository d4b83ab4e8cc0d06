import type { Metadata } from 'next'
import { IntentLink } from '@/app/_components/intent-link'
import { safeCallbackUrl } from '@/lib/core/redirects'
import { RegisterForm } from './register-form'
import { loginPath } from '@/lib/core/paths'

export const metadata: Metadata = { title: 'Create profile', robots: { index: false } }

type Props = { searchParams: Promise<{ callbackUrl?: string | string[] }> }

export default async function RegisterPage({ searchParams }: Props) {
  const callbackUrl = safeCallbackUrl((await searchParams).callbackUrl)
  return (
    <div className="mx-auto max-w-md">
      <h1 className="font-serif text-3xl font-bold">Create profile — 100% free</h1>
      <p className="mb-6 mt-2 text-muted">
        Get access to articles and talks, free seminars and briefings, free publications and papers.
      </p>
      <RegisterForm callbackUrl={callbackUrl} />
      <p className="mt-6 text-sm">
        Already have a profile?{' '}
        <IntentLink href={loginPath(callbackUrl)} className="font-semibold text-brand underline">
          Log in
        </IntentLink>
      </p>
    </div>
  )
}
