'use client'

import { createContext, use, useCallback, useEffect, useState } from 'react'
import type { ReaderParts } from './reader-parts'

type Reader = {
  /** null until the answer is in. */
  parts: ReaderParts | null
  failed: boolean
  /** Asks again, keeping what is shown until the new answer is in (after the reader changed something). */
  reload: () => Promise<void>
}

const ReaderContext = createContext<Reader | null>(null)

/** The reader's parts, or null when they could not be had (the network, or a server error). */
async function fetchReaderParts(slug: string): Promise<ReaderParts | null> {
  try {
    const response = await fetch(`/api/articles/${encodeURIComponent(slug)}/reader`, { cache: 'no-store' })
    return response.ok ? await response.json() : null
  } catch {
    return null
  }
}

/**
 * The reader's own parts of the article page (ReaderParts), asked for once the page is in the browser. The page
 * around them is the same for every reader with a session cookie and comes from the cache; these come from
 * /api/articles/[slug]/reader, which checks the session against the database and lets getBodyForViewer decide.
 */
export function ReaderPartsProvider({ slug, children }: { slug: string; children: React.ReactNode }) {
  const [parts, setParts] = useState<ReaderParts | null>(null)
  const [failed, setFailed] = useState(false)
  const show = useCallback((answer: ReaderParts | null) => {
    if (answer) setParts(answer)
    setFailed(!answer)
  }, [])
  const reload = useCallback(() => fetchReaderParts(slug).then(show), [slug, show])
  useEffect(() => {
    fetchReaderParts(slug).then(show)
  }, [slug, show])
  return <ReaderContext value={{ parts, failed, reload }}>{children}</ReaderContext>
}

export function useReaderParts(): Reader {
  const reader = use(ReaderContext)
  if (!reader) throw new Error('useReaderParts needs a ReaderPartsProvider above it (the reader variant’s layout).')
  return reader
}
