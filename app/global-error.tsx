'use client'

import { IntentLink } from '@/app/_components/intent-link'
import './globals.css'

// Only when the root layout itself fails: it replaces the whole document, so it cannot use the site chrome that
// reads the database. It keeps the look and offers the way back.
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body className="font-sans">
        <header className="border-b border-neutral-200">
          <div className="mx-auto max-w-5xl px-4 py-4">
            <IntentLink href="/" className="font-serif text-2xl font-bold text-brand">
              Insights
            </IntentLink>
          </div>
        </header>
        <main className="mx-auto max-w-5xl px-4 py-8">
          <h1 className="font-serif text-3xl font-bold">Something went wrong</h1>
          <p className="mt-2 text-muted">The site could not be shown just now. Please try again in a moment.</p>
          <button type="button" onClick={reset} className="mt-6 rounded bg-brand px-4 py-2 font-semibold text-white">
            Try again
          </button>
        </main>
      </body>
    </html>
  )
}
