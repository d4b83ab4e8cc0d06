'use client'

import { useActionState } from 'react'
import { roles, type Role } from '@/db/enums'
import { changeRoleForm, setAccountDisabledForm } from './actions'

type User = { id: number; name: string; role: Role; disabled: boolean }

/** A user’s role and whether their account is enabled, each a small form with its own answer. */
export function UserControls({ user }: { user: User }) {
  const [roleState, roleAction, rolePending] = useActionState(changeRoleForm, null)
  const [disableState, disableAction, disablePending] = useActionState(setAccountDisabledForm, null)
  const state = disableState ?? roleState
  return (
    <div className="flex flex-wrap items-center gap-3">
      <form action={roleAction} className="flex items-center gap-2">
        <input type="hidden" name="userId" value={user.id} />
        <label>
          <span className="sr-only">Role of {user.name}</span>
          <select name="role" defaultValue={user.role} key={user.role} className="rounded border border-neutral-400 bg-white px-2 py-1">
            {roles.map((role) => (
              <option key={role} value={role}>
                {role}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" disabled={rolePending} className="rounded border border-neutral-400 px-3 py-1 font-semibold hover:border-brand">
          Change role<span className="sr-only"> of {user.name}</span>
        </button>
      </form>
      <form action={disableAction}>
        <input type="hidden" name="userId" value={user.id} />
        <input type="hidden" name="disabled" value={String(!user.disabled)} />
        <button type="submit" disabled={disablePending} className="rounded border border-neutral-400 px-3 py-1 font-semibold hover:border-brand">
          {user.disabled ? 'Enable' : 'Disable'}
          <span className="sr-only"> {user.name}</span>
        </button>
      </form>
      <p role={state?.ok ? 'status' : 'alert'} className={`text-sm font-semibold ${state?.ok ? 'text-green-800' : 'text-brand'}`}>
        {state?.message}
      </p>
    </div>
  )
}
