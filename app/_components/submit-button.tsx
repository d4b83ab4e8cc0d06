const variants = {
  primary: 'rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark',
  secondary: 'rounded border border-brand px-4 py-2 font-semibold text-brand hover:bg-brand hover:text-white',
  link: 'text-sm font-semibold text-brand underline',
  small: 'rounded border border-neutral-400 px-3 py-1 font-semibold hover:border-brand',
}

export type ButtonVariant = keyof typeof variants

export function SubmitButton({ children, pending, variant = 'primary' }: { children: React.ReactNode; pending: boolean; variant?: ButtonVariant }) {
  return (
    <button type="submit" disabled={pending} className={`${variants[variant]} disabled:opacity-60`}>
      {children}
    </button>
  )
}
