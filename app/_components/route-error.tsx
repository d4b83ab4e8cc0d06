'use client'

import { IntentLink } from '@/app/_components/intent-link'
import { SearchForm } from './search-form'

/** The error page of a route group: rendered inside the group's layout, so the reader keeps the site chrome. */
export function RouteError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="max-w-2xl">
      <h1 className="font-serif text-3xl font-bold">Something went wrong</h1>
      <p className="mt-2 text-muted">
        We could not show this page just now. Nothing you did caused it, and it has been logged. Try again, or find
        what you were looking for below.
      </p>
      <div className="mt-6 flex flex-wrap items-center gap-4">
        <button
          type="button"
          onClick={reset}
          className="rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark"
        >
          Try again
        </button>
        <IntentLink href="/" className="font-semibold text-brand underline">
          Go to the front page
        </IntentLink>
      </div>
      <div className="mt-8">
        <SearchForm />
      </div>
    </div>
  )
}
