import type { Metadata } from 'next'
import { parseQueryParam } from '@/lib/core/params'
import { safeCallbackUrl } from '@/lib/core/redirects'
import { LinkLoginForm } from './link-login-form'

export const metadata: Metadata = { title: 'Log in with your link', robots: { index: false } }

type Props = { searchParams: Promise<{ token?: string | string[]; callbackUrl?: string | string[] }> }

// Following the link only shows a button: mail scanners that open links must not use up the one-time token.
export default async function LinkLoginPage({ searchParams }: Props) {
  const params = await searchParams
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-6 font-serif text-3xl font-bold">Log in with your link</h1>
      <LinkLoginForm token={parseQueryParam(params.token)} callbackUrl={safeCallbackUrl(params.callbackUrl)} />
    </div>
  )
}
