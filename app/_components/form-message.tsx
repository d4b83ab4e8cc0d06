/** A form's answer: announced politely when it went well, as an alert when it did not. */
export function FormMessage({ state }: { state: { ok?: boolean; message?: string } | null }) {
  const ok = state?.ok === true
  return (
    <p role={ok ? 'status' : 'alert'} className={`font-semibold empty:hidden ${ok ? 'text-green-800' : 'text-brand'}`}>
      {state?.message}
    </p>
  )
}
