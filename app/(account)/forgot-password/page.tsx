import type { Metadata } from 'next'
import { IntentLink } from '@/app/_components/intent-link'
import { ForgotPasswordForm } from './forgot-password-form'

export const metadata: Metadata = { title: 'Forgot your password?', robots: { index: false } }

export default function ForgotPasswordPage() {
  return (
    <div className="mx-auto max-w-md">
      <h1 className="font-serif text-3xl font-bold">Forgot your password?</h1>
      <p className="mb-6 mt-2 text-muted">Enter the email address of your profile and we will send you a link to choose a new password.</p>
      <ForgotPasswordForm />
      <p className="mt-6 text-sm">
        <IntentLink href="/login" className="underline">
          Back to login
        </IntentLink>
      </p>
    </div>
  )
}
