import type { Metadata } from 'next'
import { IntentLink } from '@/app/_components/intent-link'
import { safeCallbackUrl } from '@/lib/core/redirects'
import { LoginForm } from './login-form'
import { MagicLinkForm } from './magic-link-form'
import { registerPath } from '@/lib/core/paths'

export const metadata: Metadata = { title: 'Log in', robots: { index: false } }

type Props = { searchParams: Promise<{ callbackUrl?: string | string[]; reset?: string }> }

export default async function LoginPage({ searchParams }: Props) {
  const params = await searchParams
  const callbackUrl = safeCallbackUrl(params.callbackUrl)
  const registerHref = registerPath(callbackUrl)
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-6 font-serif text-3xl font-bold">Log in</h1>
      {params.reset === '1' && (
        <p role="status" className="mb-4 font-semibold text-green-800">
          Your password was changed and every session was logged out. Log in with the new password.
        </p>
      )}
      <LoginForm callbackUrl={callbackUrl} />
      <div className="mt-6 flex flex-col gap-2 text-sm">
        <IntentLink href="/forgot-password" className="underline">
          Forgot your password?
        </IntentLink>
        <p>
          New here?{' '}
          <IntentLink href={registerHref} className="font-semibold text-brand underline">
            Create profile (100% free)
          </IntentLink>
        </p>
      </div>
      <div className="mt-10 border-t border-neutral-200 pt-6">
        <MagicLinkForm callbackUrl={callbackUrl} />
      </div>
    </div>
  )
}
