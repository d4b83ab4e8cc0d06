import type { Metadata } from 'next'
import { requireRole } from '@/lib/auth/session'
import { getUserById } from '@/lib/auth/users'
import { getGiftAllowance, listGiftLinks } from '@/lib/articles/gift-links'
import { formatDate } from '@/lib/core/dates'
import { articlePath } from '@/lib/core/paths'
import { getSettings } from '@/lib/core/settings'
import { listSections } from '@/lib/articles/sections'
import { getSubscription } from '@/lib/newsletter/subscriptions'
import {
  DeleteProfileForm,
  EmailForm,
  LogOutEverywhereForm,
  NameForm,
  NewsletterForm,
  PasswordForm,
  ResendVerificationForm,
  RevokeGiftForm,
} from './account-forms'

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
  const gifts = listGiftLinks(viewer.id)
  const allowance = getGiftAllowance(viewer.id)
  const { dateFormat } = getSettings()
  const newsletter = getSubscription(viewer.id)
  const now = new Date()
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
      <Section id="newsletter-heading" title="Newsletter">
        {newsletter.subscribed && !user.emailVerifiedAt && (
          <p className="mb-3 text-sm font-semibold">It starts once you have confirmed your email address (see above).</p>
        )}
        {newsletter.stoppedAt && (
          <p className="mb-3 text-sm font-semibold">
            We stopped sending it on {formatDate(newsletter.stoppedAt, dateFormat)}, because your mail server refused it. Save with the box
            ticked to start again.
          </p>
        )}
        <NewsletterForm choice={newsletter} sections={listSections()} />
      </Section>
      <Section id="gifts-heading" title="Gift links">
        <p className="mb-3 text-sm">
          “Give this article” on an article makes a link that lets anyone read it for 30 days. You have {allowance.left} of{' '}
          {allowance.perMonth} left this month.
        </p>
        {gifts.length === 0 ? (
          <p className="text-sm text-muted">You have not given any articles yet.</p>
        ) : (
          <table className="w-full text-left text-sm">
            <thead>
              <tr className="border-b border-neutral-200">
                <th className="py-1 pr-3">Article</th>
                <th className="py-1 pr-3">Created</th>
                <th className="py-1 pr-3">Expires</th>
                <th className="py-1 pr-3">Opened</th>
                <th className="py-1">
                  <span className="sr-only">Status</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {gifts.map((gift) => (
                <tr key={gift.id} className="border-b border-neutral-200 align-top">
                  <td className="py-2 pr-3">
                    <a href={articlePath(gift.slug)} className="underline">
                      {gift.title}
                    </a>
                  </td>
                  <td className="py-2 pr-3">{formatDate(gift.createdAt, dateFormat)}</td>
                  <td className="py-2 pr-3">{formatDate(gift.expiresAt, dateFormat)}</td>
                  <td className="py-2 pr-3">{gift.opens}</td>
                  <td className="py-2">
                    {gift.revokedAt ? 'Revoked' : gift.expiresAt <= now ? 'Expired' : <RevokeGiftForm giftLinkId={gift.id} title={gift.title} />}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Section>
      <Section id="data-heading" title="Your data">
        <a href="/account/data" download className="font-semibold text-brand underline">
          Download my data
        </a>{' '}
        <span className="text-sm text-muted">(your profile, likes, seminars, gift links, newsletter choice and where you signed up from, as JSON)</span>
      </Section>
      <Section id="delete-heading" title="Delete your profile">
        <p className="mb-3 text-sm">
          Your name, email, password, likes and gift links are deleted for good. You are logged out, and you can create a new profile
          at any time.
        </p>
        <DeleteProfileForm />
      </Section>
    </div>
  )
}
