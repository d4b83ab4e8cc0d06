'use client'

import { useState, useTransition } from 'react'
import { giveArticle, type GiveResult } from './gift-actions'

/** "Give this article": a member creates a gift link, which anyone can open to read the whole article. */
export function GiveArticle({ articleId, title }: { articleId: number; title: string }) {
  const [result, setResult] = useState<GiveResult | null>(null)
  const [copied, setCopied] = useState<'copied' | 'failed' | null>(null)
  const [pending, startTransition] = useTransition()

  function give() {
    setCopied(null)
    startTransition(async () => setResult(await giveArticle(articleId)))
  }

  async function copy(url: string) {
    try {
      await navigator.clipboard.writeText(url)
      setCopied('copied')
    } catch {
      setCopied('failed')
    }
  }

  return (
    <>
      <button type="button" onClick={give} disabled={pending} className="underline hover:text-brand disabled:opacity-60">
        Give this article
      </button>
      <div aria-live="polite" className="basis-full empty:hidden">
        {result?.ok === false && <p className="font-semibold text-brand">{result.message}</p>}
        {result?.ok && (
          <div className="flex flex-wrap items-center gap-2">
            <label htmlFor={`gift-${articleId}`} className="font-semibold">
              Gift link
            </label>
            <input
              id={`gift-${articleId}`}
              readOnly
              value={result.url}
              onFocus={(event) => event.currentTarget.select()}
              className="min-w-0 flex-1 rounded border border-neutral-300 px-2 py-1"
            />
            <button type="button" onClick={() => copy(result.url)} className="underline hover:text-brand">
              Copy gift link
            </button>
            <a
              href={`mailto:?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(`${title}\n\n${result.url}`)}`}
              className="underline hover:text-brand"
            >
              Send by mail
            </a>
            <span className="text-muted">
              Anyone with this link can read the article for 30 days. {result.left} left this month.{' '}
              {copied === 'copied' ? 'Link copied.' : copied === 'failed' ? 'Copy failed: select the link and copy it.' : ''}
            </span>
          </div>
        )}
      </div>
    </>
  )
}
