'use client'

import { IntentLink } from '@/app/_components/intent-link'
import { useOptimistic, useState, useTransition } from 'react'
import { likeWording, type LikeState } from '@/lib/articles/like-wording'
import { likeArticle } from './actions'

const buttonClass =
  'inline-flex items-center gap-1 rounded border border-brand px-3 py-1 text-sm font-semibold text-brand hover:bg-brand hover:text-white'

type Props = {
  articleId: number
  initial: LikeState
  /** Set for anonymous readers: the button leads to login and back instead of liking. */
  loginHref?: string
}

export function LikeButton({ articleId, initial, loginHref }: Props) {
  const [like, setLike] = useState(initial)
  const [optimistic, setOptimistic] = useOptimistic(like)
  const [error, setError] = useState<string | null>(null)
  const [, startTransition] = useTransition()

  function toggle() {
    setError(null)
    // The state the reader asks for, from what they see now (so quick clicks count from the optimistic state).
    const liked = !optimistic.liked
    startTransition(async () => {
      setOptimistic({ liked, count: optimistic.count + (liked ? 1 : -1) })
      const result = await likeArticle(articleId, liked)
      if (result.ok) setLike(result.like)
      else setError(result.message)
    })
  }

  return (
    <div className="flex flex-wrap items-center gap-3">
      {loginHref ? (
        <IntentLink href={loginHref} className={buttonClass}>
          <span aria-hidden="true">♡</span> Like
        </IntentLink>
      ) : (
        <button type="button" onClick={toggle} aria-pressed={optimistic.liked} className={buttonClass}>
          <span aria-hidden="true">{optimistic.liked ? '♥' : '♡'}</span> Like
        </button>
      )}
      <p className="text-sm" aria-live="polite">
        {likeWording(optimistic)}
      </p>
      {error && (
        <p role="alert" className="text-sm text-brand">
          {error}
        </p>
      )}
    </div>
  )
}
