/** What every desk form action returns: nothing yet, a success note, or what to fix (by field). */
export type ActionState<Field extends string = string> = {
  ok: boolean
  message?: string
  fieldErrors?: Partial<Record<Field, string[]>>
} | null

