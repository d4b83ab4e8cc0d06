import 'server-only'
import { z } from 'zod'
import type { Role } from '@/db/schema'
import type { ActionState } from '@/lib/core/action-state'
import { getViewer, requireRole, type Viewer } from './session'

// Every server action is written through one of the two wrappers below. They do what each action needs before its
// own work: who may call it (checked on every call: a page's check does not cover the actions it renders) and the
// parse of its input with zod. A raw POST meets exactly the same checks as the form.

/** Form fields that are never sent back to the browser with the rest of what was typed. */
const secretFields = new Set(['password', 'confirm', 'currentPassword'])
export const notUnderstood = 'That request was not understood. Reload the page and try again.'
/** The `invalid` message of the desk's forms. */
export const nothingSaved = 'Nothing was saved. Fix the fields marked below.'

/**
 * Who may call an action: anyone; a member (`role` 'reader' or more: without a session the reader is sent to log in,
 * and back to `/account`); or staff (`author` or more: sent to log in and back to the desk, a 404 for a smaller role).
 */
export type Access = Role | 'anyone'

type Caller<A extends Access> = A extends Role ? Viewer : null

type FormSchema = z.ZodObject
export type FormField<S extends FormSchema> = keyof z.input<S> & string
export type FormState<S extends FormSchema> = ActionState<FormField<S>>

async function callerOf(access: Access): Promise<Viewer | null> {
  if (access === 'anyone') return null
  return requireRole(access, access === 'reader' ? '/account' : '/admin')
}

function isFileField(field: z.ZodType): boolean {
  return (field instanceof z.ZodOptional ? field.unwrap() : field) instanceof z.ZodFile
}

/** The fields the schema names, as FormData holds them: text ('' when absent), a list, or a chosen file. */
function readForm(schema: FormSchema, formData: FormData): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(schema.shape).map(([name, field]) => {
      if (field instanceof z.ZodArray) return [name, formData.getAll(name).filter((value) => typeof value === 'string')]
      const value = formData.get(name)
      if (isFileField(field)) return [name, value instanceof File && value.size > 0 ? value : undefined]
      return [name, typeof value === 'string' ? value : '']
    }),
  )
}

/** What was typed, to fill the form again, without passwords and files. */
function echo(input: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(input).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && !secretFields.has(entry[0])),
  )
}

/**
 * An action for `useActionState(action, null)`: `(previous state, FormData) => state`. The handler gets the parsed
 * input and the caller. A field that fails its schema is answered next to the field, with `invalid` as the form's
 * message; a failed `hidden` field (one the page itself sets, such as an id) means the request was forged or stale.
 * Whenever the answer is a refusal, what was typed goes back with it (`values`), so the form can show it again.
 * A form that shows more than the common state names its answer as `R`; since the wrapper's own
 * refusals carry only the common fields, whatever R adds must be optional.
 */
export function formAction<S extends FormSchema, A extends Access, R extends FormState<S> = FormState<S>>(
  access: A,
  schema: S,
  handler: (input: z.output<S>, caller: Caller<A>, formData: FormData) => Promise<NoInfer<R>>,
  options: { invalid?: string; hidden?: FormField<S>[] } = {},
): (previous: R | null, formData: FormData) => Promise<R> {
  const refuse = (state: FormState<S>) => state as R
  return async (_previous, formData) => {
    const caller = (await callerOf(access)) as Caller<A>
    // A raw POST may call a form's action with other arguments than a form.
    if (!(formData instanceof FormData)) return refuse({ ok: false, message: notUnderstood })
    const input = readForm(schema, formData)
    const values = echo(input) as Partial<Record<FormField<S>, string>>
    const parsed = await schema.safeParseAsync(input)
    if (!parsed.success) {
      const fieldErrors = z.flattenError(parsed.error).fieldErrors as Partial<Record<FormField<S>, string[]>>
      if (options.hidden?.some((field) => field in fieldErrors)) return refuse({ ok: false, message: notUnderstood, values })
      return refuse({ ok: false, message: options.invalid, fieldErrors, values })
    }
    const state = await handler(parsed.data, caller, formData)
    return state?.ok === false ? { values, ...state } : state
  }
}

/**
 * An action called with arguments (a like, a seat, the editor's preview): `(...args) => result`. Members' actions
 * answer `signedOut` to a reader without a session instead of sending them away; staff actions take a role.
 * Arguments that fail the schema get `{ ok: false, message: invalid }`.
 */
export function argsAction<S extends z.ZodTuple, R>(
  access: Role | { signedOut: string },
  schema: S,
  invalid: string,
  handler: (args: z.output<S>, viewer: Viewer) => Promise<R>,
): (...args: unknown[]) => Promise<R | { ok: false; message: string }> {
  return async (...args) => {
    const viewer = typeof access === 'string' ? await callerOf(access) : await getViewer()
    if (!viewer) return { ok: false, message: typeof access === 'string' ? invalid : access.signedOut }
    const parsed = schema.safeParse(args)
    if (!parsed.success) return { ok: false, message: invalid }
    return handler(parsed.data, viewer)
  }
}
