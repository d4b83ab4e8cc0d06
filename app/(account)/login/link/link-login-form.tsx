'use client'

import { ActionForm } from '@/app/_components/action-form'
import { logInWithLink } from '../../link-actions'

export function LinkLoginForm({ token, callbackUrl }: { token: string; callbackUrl: string }) {
  return <ActionForm action={logInWithLink} hiddenFields={{ token, callbackUrl }} submit="Log in" />
}
