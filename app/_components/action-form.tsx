'use client'

import { useActionState, type FormHTMLAttributes, type ReactNode } from 'react'
import type { ActionState } from '@/lib/core/action-state'
import { FormMessage } from './form-message'
import { SubmitButton, type ButtonVariant } from './submit-button'

type ServerFormAction<Field extends string> = (state: ActionState<Field>, formData: FormData) => Promise<ActionState<Field>>

type Props<Field extends string> = Omit<FormHTMLAttributes<HTMLFormElement>, 'action' | 'children'> & {
  action: ServerFormAction<Field>
  /** The submit button's label; null when `children` draws its own button. */
  submit: ReactNode
  variant?: ButtonVariant
  /** Values the page sets (an id, a token, where to go afterwards). */
  hiddenFields?: Record<string, string | number>
  /** The fields, given the action's last answer (their errors and what was typed) and whether it is running. */
  children?: (state: ActionState<Field>, pending: boolean) => ReactNode
}

/**
 * A form for a server action written with lib/auth/action.ts: every message the action answers is shown (announced
 * politely, or as an alert for a refusal), and the fields get their errors and what was typed from the answer.
 */
export function ActionForm<Field extends string>({ action, submit, variant, hiddenFields = {}, children, className, ...form }: Props<Field>) {
  const [state, formAction, pending] = useActionState(action, null)
  return (
    <form action={formAction} noValidate className={className ?? 'flex flex-col gap-4'} {...form}>
      {Object.entries(hiddenFields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <FormMessage state={state} />
      {children?.(state, pending)}
      {submit !== null && (
        <div>
          <SubmitButton pending={pending} variant={variant}>
            {submit}
          </SubmitButton>
        </div>
      )}
    </form>
  )
}
