'use client'

import { LikeButton } from './like-button'
import { useReaderParts } from './reader-parts-provider'

/** The reader variant's like line: the reader's own like, from the reader's parts. */
export function LikeLine({ articleId, loginHref }: { articleId: number; loginHref: string }) {
  const { parts } = useReaderParts()
  if (!parts) return <p className="h-9 text-sm text-muted">Loading likes…</p>
  return <LikeButton articleId={articleId} initial={parts.like} loginHref={parts.viewer ? undefined : loginHref} />
}
