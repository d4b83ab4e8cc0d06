'use client'

import { ActionForm } from '@/app/_components/action-form'
import { roles, type Role } from '@/db/enums'
import { changeRoleForm, setAccountDisabledForm } from './actions'

type User = { id: number; name: string; role: Role; disabled: boolean }

const inline = 'flex flex-wrap items-center gap-2'

/** A user's role and whether their account is enabled, each a small form with its own answer. */
export function UserControls({ user }: { user: User }) {
  return (
    <div className="flex flex-wrap items-start gap-3">
      <ActionForm
        action={changeRoleForm}
        hiddenFields={{ userId: user.id }}
        submit={<>Change role<span className="sr-only"> of {user.name}</span></>}
        variant="small"
        className={inline}
      >
        {() => (
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
        )}
      </ActionForm>
      <ActionForm
        action={setAccountDisabledForm}
        hiddenFields={{ userId: user.id, disabled: String(!user.disabled) }}
        submit={<>{user.disabled ? 'Enable' : 'Disable'}<span className="sr-only"> {user.name}</span></>}
        variant="small"
        className={inline}
      />
    </div>
  )
}
