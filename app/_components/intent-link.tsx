'use client'
import Link from 'next/link'
import { useState, type ComponentProps } from 'react'

/**
 * `next/link` for the reader's pages. It prefetches its page when the reader reaches for it (the pointer over it, a
 * touch, keyboard focus), not when it scrolls into view: an article has some twenty links in view, and prefetching
 * them all at load (about 22 requests) was most of the main thread's work after hydration (`npm run lighthouse`,
 * README). The desk keeps `next/link`'s default. The pattern is Next's own ("Hover-triggered prefetch").
 */
export function IntentLink({ onMouseEnter, onTouchStart, onFocus, ...props }: Omit<ComponentProps<typeof Link>, 'prefetch'>) {
  const [reachedFor, setReachedFor] = useState(false)
  return (
    <Link
      {...props}
      prefetch={reachedFor ? null : false}
      onMouseEnter={(event) => {
        setReachedFor(true)
        onMouseEnter?.(event)
      }}
      onTouchStart={(event) => {
        setReachedFor(true)
        onTouchStart?.(event)
      }}
      onFocus={(event) => {
        setReachedFor(true)
        onFocus?.(event)
      }}
    />
  )
}
