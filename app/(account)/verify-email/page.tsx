import type { Metadata } from 'next'
import { parseQueryParam } from '@/lib/core/params'
import { ConfirmEmailForm } from './confirm-email-form'

export const metadata: Metadata = { title: 'Confirm your email address', robots: { index: false } }

type Props = { searchParams: Promise<{ token?: string | string[] }> }

// A button rather than an effect of opening the page, so a mail scanner does not confirm for the member.
export default async function VerifyEmailPage({ searchParams }: Props) {
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-6 font-serif text-3xl font-bold">Confirm your email address</h1>
      <ConfirmEmailForm token={parseQueryParam((await searchParams).token)} />
    </div>
  )
}
