'use client'

import { useState } from 'react'
import { ActionForm } from '@/app/_components/action-form'
import { FormField } from '@/app/_components/form-field'
import { IdCheckbox, useTickedIds } from '@/app/_components/ticked-ids'
import { NewPasswordFields } from '../new-password-fields'
import { changeEmail, changeName, changePassword, chooseNewsletter, deleteProfile, logOutEverywhere, resendVerification, revokeGift } from './actions'

const profileForm = 'flex flex-col gap-3'

export function NameForm({ name }: { name: string }) {
  return (
    <ActionForm action={changeName} submit="Save name" className={profileForm}>
      {(state) => <FormField label="Name" name="name" autoComplete="name" defaultValue={name} state={state} />}
    </ActionForm>
  )
}

export function EmailForm() {
  return (
    <ActionForm action={changeEmail} submit="Change email" className={profileForm}>
      {(state) => (
        <FormField
          label="New email address"
          name="email"
          type="email"
          autoComplete="email"
          state={state}
          hint="We send a link to the new address; the change takes effect when you follow it."
        />
      )}
    </ActionForm>
  )
}

export function ResendVerificationForm() {
  return <ActionForm action={resendVerification} submit="Send the confirmation link again" variant="link" className="flex flex-col gap-2" />
}

export function PasswordForm() {
  return (
    <ActionForm action={changePassword} submit="Change password" className={profileForm}>
      {(state) => (
        <>
          <FormField label="Current password" name="currentPassword" type="password" autoComplete="current-password" state={state} />
          <NewPasswordFields errors={state?.fieldErrors} />
        </>
      )}
    </ActionForm>
  )
}

export function LogOutEverywhereForm() {
  return (
    <ActionForm action={logOutEverywhere} submit="Log out everywhere" variant="secondary" className={profileForm}>
      {() => <p className="text-sm">Logs out this browser and every other place you are logged in.</p>}
    </ActionForm>
  )
}

export function DeleteProfileForm() {
  return (
    <ActionForm action={deleteProfile} submit="Delete my profile" className={profileForm}>
      {(state) => <FormField label="Your password, to confirm" name="currentPassword" type="password" autoComplete="current-password" state={state} />}
    </ActionForm>
  )
}

export function RevokeGiftForm({ giftLinkId, title }: { giftLinkId: number; title: string }) {
  return (
    <ActionForm
      action={revokeGift}
      hiddenFields={{ giftLinkId }}
      submit="Revoke"
      variant="link"
      aria-label={`Revoke the gift link to ${title}`}
      className="flex flex-col gap-1"
    />
  )
}

type NewsletterChoice = { subscribed: boolean; allSections: boolean; sectionIds: number[] }

/**
 * What is ticked is kept in state and is the boxes' defaults (see app/_components/ticked-ids.tsx): a form action
 * resets the form when it answers, and a refused save must not lose the member's choice.
 */
export function NewsletterForm({ choice, sections }: { choice: NewsletterChoice; sections: { id: number; name: string }[] }) {
  const [subscribed, setSubscribed] = useState(choice.subscribed)
  const [allSections, setAllSections] = useState(choice.allSections)
  const sectionIds = useTickedIds(choice.sectionIds)
  return (
    <ActionForm action={chooseNewsletter} submit="Save newsletter choice" className={profileForm}>
      {(state) => (
        <>
          <label className="flex items-center gap-2 font-semibold">
            <input type="checkbox" name="subscribed" defaultChecked={subscribed} onChange={(event) => setSubscribed(event.target.checked)} /> Send me the
            newsletter
          </label>
          <fieldset className="flex flex-col gap-1" aria-describedby="sectionIds-error">
            <legend className="mb-1 text-sm">It covers</legend>
            <label className="flex items-center gap-2">
              <input type="radio" name="scope" value="all" defaultChecked={allSections} onChange={() => setAllSections(true)} /> Every section
            </label>
            <label className="flex items-center gap-2">
              <input type="radio" name="scope" value="chosen" defaultChecked={!allSections} onChange={() => setAllSections(false)} /> Only these
              sections:
            </label>
            <div className="ml-6 flex flex-col gap-1">
              {sections.map((section) => (
                <label key={section.id} className="flex items-center gap-2">
                  <IdCheckbox name="sectionIds" id={section.id} ticked={sectionIds} />
                  {section.name}
                </label>
              ))}
            </div>
            <p id="sectionIds-error" aria-live="polite" className="text-sm font-semibold text-brand">
              {state?.fieldErrors?.sectionIds?.join(' ')}
            </p>
          </fieldset>
        </>
      )}
    </ActionForm>
  )
}
