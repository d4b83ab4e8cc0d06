type Props = {
  label: string
  name: string
  type?: 'text' | 'email' | 'password'
  autoComplete: string
  defaultValue?: string
  errors?: string[]
  hint?: string
}

/** A labelled input whose errors are announced and tied to it with aria-describedby. */
export function FormField({ label, name, type = 'text', autoComplete, defaultValue, errors, hint }: Props) {
  const errorId = `${name}-error`
  const hintId = `${name}-hint`
  const describedBy = [hint && hintId, errors?.length && errorId].filter(Boolean).join(' ') || undefined
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={name} className="font-semibold">
        {label}
      </label>
      <input
        id={name}
        name={name}
        type={type}
        autoComplete={autoComplete}
        defaultValue={defaultValue}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy}
        className="rounded border border-neutral-400 px-3 py-2 aria-invalid:border-brand"
      />
      {hint && (
        <p id={hintId} className="text-sm text-muted">
          {hint}
        </p>
      )}
      <p id={errorId} aria-live="polite" className="text-sm font-semibold text-brand">
        {errors?.join(' ')}
      </p>
    </div>
  )
}
