// The answer of every form action (lib/auth/action.ts), as the forms in the browser read it. Types only, so client
// components may import it.

/** Nothing yet (null), a success note, or what to fix (by field). */
export type ActionState<Field extends string = string> = {
  ok: boolean
  message?: string
  fieldErrors?: Partial<Record<Field, string[]>>
  /** What was typed, to show again: React empties a form after its action runs. */
  values?: Partial<Record<Field, string>>
} | null
