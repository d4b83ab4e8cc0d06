import type { Metadata } from 'next'
import { requireRole } from '@/lib/auth/session'
import { getUserById } from '@/lib/auth/users'
import { DeleteProfileForm, EmailForm, LogOutEverywhereForm, NameForm, PasswordForm, ResendVerificationForm } from './account-forms'

export const metadata: Metadata = { title: 'Your profile', robots: { index: false } }

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="border-t border-neutral-200 py-6">
      <h2 id={id} className="mb-3 text-xl font-bold">
        {title}
      </h2>
      {children}
    </section>
  )
}

type Props = { searchParams: Promise<{ changed?: string }> }

export default async function AccountPage({ searchParams }: Props) {
  const viewer = await requireRole('reader', '/account')
  const user = getUserById(viewer.id)!
  const passwordChanged = (await searchParams).changed === 'password'
  return (
    <div className="mx-auto max-w-xl">
      <h1 className="mb-6 font-serif text-3xl font-bold">Your profile</h1>
      {passwordChanged && (
        <p role="status" className="mb-4 font-semibold text-green-800">
          Your password is changed. Every other session has been logged out.
        </p>
      )}
      <Section id="name-heading" title="Name">
        <NameForm name={user.name} />
      </Section>
      <Section id="email-heading" title="Email">
        <p className="mb-3">
          {user.email}{' '}
          {user.emailVerifiedAt ? (
            <span className="text-sm text-green-800">(confirmed)</span>
          ) : (
            <span className="text-sm font-semibold text-brand">(unverified)</span>
          )}
        </p>
        {!user.emailVerifiedAt && <ResendVerificationForm />}
        <div className="mt-4">
          <EmailForm />
        </div>
      </Section>
      <Section id="password-heading" title="Password">
        <PasswordForm />
      </Section>
      <Section id="sessions-heading" title="Sessions">
        <LogOutEverywhereForm />
      </Section>
      <Section id="data-heading" title="Your data">
        <a href="/account/data" download className="font-semibold text-brand underline">
          Download my data
        </a>{' '}
        <span className="text-sm text-muted">(your profile and likes, as JSON)</span>
      </Section>
      <Section id="delete-heading" title="Delete your profile">
        <p className="mb-3 text-sm">
          Your name, email, password and likes are deleted for good. You are logged out, and you can create a new profile
          at any time.
        </p>
        <DeleteProfileForm />
      </Section>
    </div>
  )
}
