'use client'

import { useState } from 'react'

export function CopyLinkButton({ url }: { url: string }) {
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle')

  async function copy() {
    try {
      await navigator.clipboard.writeText(url)
      setStatus('copied')
    } catch {
      setStatus('failed')
    }
  }

  return (
    <>
      <button type="button" onClick={copy} className="underline hover:text-brand">
        Copy link
      </button>
      <span aria-live="polite" className="text-muted">
        {status === 'copied' ? 'Link copied' : status === 'failed' ? `Copy failed: ${url}` : ''}
      </span>
    </>
  )
}
