import { useId, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from 'react'
import type { ActionState } from '@/lib/core/action-state'

// Labelled form controls whose errors are announced and tied to them with aria-describedby. Ids come from useId:
// a page can hold two forms with a field of the same name, and Next keeps the previous page hidden in the document
// after a client-side navigation, so ids made from names would collide and labels would point at the wrong input.

type Common = { label: string; name: string; errors?: string[]; hint?: ReactNode }
type WithId = Common & { id: string }

const controlClass = 'rounded border border-neutral-400 px-3 py-2 aria-invalid:border-brand'

function describedBy({ id, hint, errors }: WithId) {
  return [hint && `${id}-hint`, errors?.length && `${id}-error`].filter(Boolean).join(' ') || undefined
}

function Field({ label, id, errors, hint, children }: WithId & { children: ReactNode }) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-semibold">
        {label}
      </label>
      {children}
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-muted">
          {hint}
        </p>
      )}
      <p id={`${id}-error`} aria-live="polite" className="text-sm font-semibold text-brand">
        {errors?.join(' ')}
      </p>
    </div>
  )
}

function controlProps(props: WithId) {
  return {
    id: props.id,
    name: props.name,
    'aria-invalid': props.errors?.length ? true : undefined,
    'aria-describedby': describedBy(props),
  }
}

// With `state` (a form action's last answer), a control takes its errors and what was typed from there.

export function FormField({
  label,
  name,
  errors,
  hint,
  state,
  ...input
}: Common & InputHTMLAttributes<HTMLInputElement> & { state?: ActionState }) {
  const common = { label, name, id: useId(), errors: errors ?? state?.fieldErrors?.[name], hint }
  const typed = input.type === 'password' ? undefined : state?.values?.[name]
  return (
    <Field {...common}>
      <input {...input} defaultValue={typed ?? input.defaultValue} {...controlProps(common)} className={controlClass} />
    </Field>
  )
}

export function TextAreaField({
  label,
  name,
  errors,
  hint,
  state,
  ...textarea
}: Common & TextareaHTMLAttributes<HTMLTextAreaElement> & { state?: ActionState }) {
  const common = { label, name, id: useId(), errors: errors ?? state?.fieldErrors?.[name], hint }
  return (
    <Field {...common}>
      <textarea
        {...textarea}
        defaultValue={state?.values?.[name] ?? textarea.defaultValue}
        {...controlProps(common)}
        className={`${controlClass} font-mono text-sm`}
      />
    </Field>
  )
}

export function SelectField({
  label,
  name,
  errors,
  hint,
  state,
  children,
  ...select
}: Common & SelectHTMLAttributes<HTMLSelectElement> & { state?: ActionState }) {
  const common = { label, name, id: useId(), errors: errors ?? state?.fieldErrors?.[name], hint }
  return (
    <Field {...common}>
      <select {...select} defaultValue={state?.values?.[name] ?? select.defaultValue} {...controlProps(common)} className={`${controlClass} bg-white`}>
        {children}
      </select>
    </Field>
  )
}
