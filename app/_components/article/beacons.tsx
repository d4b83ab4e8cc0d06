'use client'

import { useEffect, useRef } from 'react'

// Counted from the browser, since the anonymous article is a static page: one beacon per page view, with no cookie
// and nothing about the reader, to app/api/events. Readers who ask not to be tracked (Do Not Track, Global Privacy
// Control) send nothing.

type ArticleEvent = { type: 'wall-impression'; articleId: number } | { type: 'gift-open'; articleId: number; token: string }

function send(event: ArticleEvent) {
  const privacy = navigator as Navigator & { globalPrivacyControl?: boolean }
  if (privacy.doNotTrack === '1' || privacy.globalPrivacyControl) return
  navigator.sendBeacon?.('/api/events', JSON.stringify(event))
}

/** Reports the wall the first time it scrolls into view on this page view. */
export function WallImpression({ articleId }: { articleId: number }) {
  const marker = useRef<HTMLDivElement>(null)
  useEffect(() => {
    const element = marker.current
    if (!element || typeof IntersectionObserver === 'undefined') return
    const observer = new IntersectionObserver((entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return
      observer.disconnect()
      send({ type: 'wall-impression', articleId })
    })
    observer.observe(element)
    return () => observer.disconnect()
  }, [articleId])
  return <div ref={marker} aria-hidden className="absolute inset-x-0 top-1/2 h-px" />
}

/** Reports one opening of a gift link, when its page is shown. */
export function GiftOpened({ articleId, token }: { articleId: number; token: string }) {
  const sent = useRef(false)
  useEffect(() => {
    if (sent.current) return
    sent.current = true
    send({ type: 'gift-open', articleId, token })
  }, [articleId, token])
  return null
}
