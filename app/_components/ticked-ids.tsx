'use client'

import { useState } from 'react'

/**
 * The ids ticked in a list of checkboxes, kept in state as they are ticked. They are the boxes' defaults, not their
 * values: a form action resets the form when it answers, and a refused save must not lose what was ticked.
 */
export function useTickedIds(initial: number[]) {
  const [ids, setIds] = useState(initial)
  const tick = (id: number, on: boolean) => setIds((current) => (on ? [...current, id] : current.filter((other) => other !== id)))
  return { ids, tick }
}

export type TickedIds = ReturnType<typeof useTickedIds>

/** One box of such a list, sent as `name` = `id` when ticked. */
export function IdCheckbox({ name, id, ticked, className }: { name: string; id: number; ticked: TickedIds; className?: string }) {
  return (
    <input
      type="checkbox"
      name={name}
      value={id}
      defaultChecked={ticked.ids.includes(id)}
      onChange={(event) => ticked.tick(id, event.target.checked)}
      className={className}
    />
  )
}
