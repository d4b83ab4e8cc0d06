'use client'

import { useSyncExternalStore } from 'react'
import { ActionForm } from '@/app/_components/action-form'
import { FormField } from '@/app/_components/form-field'
import { giftStorageKey, landingStorageKey, type Landing } from '@/lib/core/landing'
import { registerReader } from '../actions'

const noLanding = '{}'

/** What LandingCapture kept for this tab, as one string (a stable snapshot); nothing on the server. */
function readLanding(): string {
  try {
    return JSON.stringify({ ...JSON.parse(sessionStorage.getItem(landingStorageKey) ?? noLanding), gift: sessionStorage.getItem(giftStorageKey) ?? '' })
  } catch {
    return noLanding
  }
}

const subscribe = () => () => {}

/** The landing's values as the form's hidden fields (strings only: the server checks each and drops what is bad). */
function landingFields(snapshot: string): Record<string, string> {
  const landing = JSON.parse(snapshot) as Partial<Landing> & { gift?: string }
  const fields = ['referrerHost', 'utmSource', 'utmMedium', 'utmCampaign', 'gift'] as const
  return Object.fromEntries(fields.map((field) => [field, typeof landing[field] === 'string' ? landing[field] : '']))
}

export function RegisterForm({ callbackUrl }: { callbackUrl: string }) {
  const landing = useSyncExternalStore(subscribe, readLanding, () => noLanding)
  return (
    <ActionForm action={registerReader} hiddenFields={{ callbackUrl, ...landingFields(landing) }} submit="Create profile">
      {(state) => (
        <>
          <FormField label="Name" name="name" autoComplete="name" state={state} />
          <FormField label="Email" name="email" type="email" autoComplete="email" state={state} />
          <FormField label="Password" name="password" type="password" autoComplete="new-password" hint="8 to 128 characters." state={state} />
          <label className="flex items-start gap-2">
            <input type="checkbox" name="newsletter" defaultChecked={state?.values?.newsletter === 'on'} className="mt-1.5" />
            <span>
              Send me the newsletter <span className="text-sm text-muted">(new articles and seminars; leave with one click at any time)</span>
            </span>
          </label>
        </>
      )}
    </ActionForm>
  )
}
