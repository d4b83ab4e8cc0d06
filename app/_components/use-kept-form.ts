'use client'

import { useTransition, type FormEvent } from 'react'

/**
 * An onSubmit that runs a form action in a transition instead of letting the form run it. React resets a form after
 * its own action runs, which would wipe what the user typed when the server answers with errors; this keeps it.
 * The form keeps its `action` too, so it still works before JavaScript loads.
 */
export function useKeptForm(action: (formData: FormData) => void) {
  const [pending, startTransition] = useTransition()
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const submitter = (event.nativeEvent as SubmitEvent).submitter
    const formData = new FormData(event.currentTarget, submitter)
    startTransition(() => action(formData))
  }
  return { onSubmit, pending }
}
