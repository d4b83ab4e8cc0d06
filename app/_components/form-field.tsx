import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react'

// Labelled form controls whose errors are announced and tied to them with aria-describedby.

// `id` defaults to the name; give one when two forms on a page have a field of the same name.
type Common = { label: string; name: string; id?: string; errors?: string[]; hint?: ReactNode }

const controlClass = 'rounded border border-neutral-400 px-3 py-2 aria-invalid:border-brand'

function describedBy({ name, id = name, hint, errors }: Common) {
  return [hint && `${id}-hint`, errors?.length && `${id}-error`].filter(Boolean).join(' ') || undefined
}

function Field({ label, name, id = name, errors, hint, children }: Common & { children: ReactNode }) {
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

function controlProps(props: Common) {
  return {
    id: props.id ?? props.name,
    name: props.name,
    'aria-invalid': props.errors?.length ? true : undefined,
    'aria-describedby': describedBy(props),
  }
}

export function FormField({ label, name, id, errors, hint, ...input }: Common & InputHTMLAttributes<HTMLInputElement>) {
  const common = { label, name, id, errors, hint }
  return (
    <Field {...common}>
      <input {...input} {...controlProps(common)} className={controlClass} />
    </Field>
  )
}

export function TextAreaField({ label, name, id, errors, hint, ...textarea }: Common & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const common = { label, name, id, errors, hint }
  return (
    <Field {...common}>
      <textarea {...textarea} {...controlProps(common)} className={`${controlClass} font-mono text-sm`} />
    </Field>
  )
}

export function SelectField({ label, name, id, errors, hint, children, ...select }: Common & SelectHTMLAttributes<HTMLSelectElement>) {
  const common = { label, name, id, errors, hint }
  return (
    <Field {...common}>
      <select {...select} {...controlProps(common)} className={`${controlClass} bg-white`}>
        {children}
      </select>
    </Field>
  )
}
