import { IntentLink } from '@/app/_components/intent-link'
import { loginPath, registerPath } from '@/lib/core/paths'
import { WallImpression } from './beacons'

export function Paywall({ articleId, returnTo }: { articleId: number; returnTo: string }) {
  return (
    <section aria-labelledby="paywall-heading" lang="en" className="relative rounded-md border border-neutral-300 bg-neutral-50 p-6">
      <WallImpression articleId={articleId} />
      <h2 id="paywall-heading" className="font-serif text-2xl font-bold">
        Sorry! You are not logged in.
      </h2>
      <p className="mt-3 font-semibold">Get access to</p>
      <ul className="mt-1 list-disc pl-6">
        <li>articles and talks</li>
        <li>free seminars and briefings</li>
        <li>free publications and papers</li>
      </ul>
      <p className="mt-3 font-semibold text-brand">It is 100% free.</p>
      <div className="mt-5 flex flex-wrap items-center gap-4">
        <IntentLink href={loginPath(returnTo)} className="rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark">
          Log in
        </IntentLink>
        <IntentLink href={registerPath(returnTo)} className="rounded border border-brand px-4 py-2 font-semibold text-brand hover:bg-white">
          Create profile (100% free)
        </IntentLink>
        <IntentLink href="/forgot-password" className="text-sm underline">
          Forgot your password?
        </IntentLink>
      </div>
    </section>
  )
}
