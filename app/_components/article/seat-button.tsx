'use client'

import { useActionState } from 'react'
import type { ActionState } from '@/lib/core/action-state'
import { giveUpSeminarSeat, takeSeminarSeat } from './seminar-actions'

const labels = { 'sign-up': 'Sign up (free)', wait: 'Join the waiting list', cancel: 'Cancel my sign-up' }

type Props = {
  articleId: number
  action: keyof typeof labels
  /** Asks for the seats again once a change is made; the button stays busy until the answer is in. */
  onChanged: () => Promise<void>
}

/** One click to sign up, join the waiting list or cancel. */
export function SeatButton({ articleId, action, onChanged }: Props) {
  const [state, formAction, pending] = useActionState<ActionState>(async () => {
    const result = await (action === 'cancel' ? giveUpSeminarSeat(articleId) : takeSeminarSeat(articleId))
    if (result?.ok) await onChanged()
    return result
  }, null)
  const primary = action === 'cancel' ? 'border border-neutral-400 hover:border-brand' : 'bg-brand text-white hover:bg-brand-dark'
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-3">
      <button type="submit" disabled={pending} className={`rounded px-4 py-2 font-semibold disabled:opacity-60 ${primary}`}>
        {labels[action]}
      </button>
      <p role={state?.ok === false ? 'alert' : 'status'} className={`text-sm ${state?.ok === false ? 'text-brand' : ''}`}>
        {state?.message}
      </p>
    </form>
  )
}
