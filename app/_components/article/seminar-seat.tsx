'use client'

import { SeminarLoginLine } from './kind-details'
import { useReaderParts } from './reader-parts-provider'
import { SeatButton } from './seat-button'

/**
 * A member's place at the seminar, and the button that changes it, from the reader's parts: asked for per reader,
 * so it also knows the moment the seminar starts, whatever the cached page around it says.
 */
export function SeminarSeat({ articleId, slug }: { articleId: number; slug: string }) {
  const { parts, reload } = useReaderParts()
  if (!parts) return <p className="mt-4 h-16 text-sm text-muted">Loading your sign-up…</p>
  if (!parts.viewer) return <SeminarLoginLine slug={slug} />
  if (parts.seat === 'started') return <p className="mt-4 text-sm text-muted">This seminar has taken place; it takes no more sign-ups.</p>
  const seats = parts.seat
  if (!seats) return null
  const left = Math.max(0, seats.capacity - seats.confirmed)
  const mine = seats.mine
  const where = !mine
    ? null
    : mine.status === 'confirmed'
      ? 'You have a seat.'
      : `You are number ${mine.position} on the waiting list.`
  return (
    <section aria-label="Sign-up" lang="en" className="mt-4 flex flex-col gap-2 rounded border border-brand/40 p-4">
      <p className="text-sm">
        {left > 0 ? `${left} of ${seats.capacity} seats left.` : `All ${seats.capacity} seats are taken; ${seats.waiting} on the waiting list.`}
      </p>
      {where && <p className="font-semibold">{where}</p>}
      <SeatButton articleId={articleId} action={mine ? 'cancel' : left > 0 ? 'sign-up' : 'wait'} onChanged={reload} />
    </section>
  )
}
