'use server'

import { refresh } from 'next/cache'
import { formAction } from '@/lib/auth/action'
import { required } from '@/lib/auth/roles'
import { accountStateSchema, changeRole, roleChangeSchema, setAccountDisabled } from '@/lib/desk/users'

// Every field of these forms is set by the page, so a value that fails its schema means a forged or stale request.

export const changeRoleForm = formAction(
  required.users,
  roleChangeSchema,
  async ({ userId, role }, viewer) => {
    const result = changeRole(viewer, userId, role)
    if (!result.ok) return result
    refresh()
    return { ok: true, message: `Role changed to ${role}.` }
  },
  { hidden: ['userId', 'role'] },
)

export const setAccountDisabledForm = formAction(
  required.users,
  accountStateSchema,
  async ({ userId, disabled }, viewer) => {
    const result = setAccountDisabled(viewer, userId, disabled)
    if (!result.ok) return result
    refresh()
    return { ok: true, message: disabled ? 'Disabled; its sessions have ended.' : 'Enabled.' }
  },
  { hidden: ['userId', 'disabled'] },
)
