'use server'

import { refresh } from 'next/cache'
import { z } from 'zod'
import { roles } from '@/db/enums'
import { formText } from '@/lib/core/form-data'
import { idSchema } from '@/lib/core/params'
import { changeRole, setAccountDisabled } from '@/lib/desk/users'
import { required } from '@/lib/auth/roles'
import { requireRole } from '@/lib/auth/session'
import type { ActionState } from '@/app/_components/action-state'

const roleSchema = z.object({ userId: idSchema, role: z.enum(roles) })
const disabledSchema = z.object({ userId: idSchema, disabled: z.enum(['true', 'false']).transform((v) => v === 'true') })

const invalid = { ok: false, message: 'That request was not understood. Reload the page and try again.' } as const

export async function changeRoleForm(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await requireRole(required.users)
  const parsed = roleSchema.safeParse({ userId: formText(formData, 'userId'), role: formText(formData, 'role') })
  if (!parsed.success) return invalid
  const result = changeRole(viewer, parsed.data.userId, parsed.data.role)
  if (!result.ok) return result
  refresh()
  return { ok: true, message: `Role changed to ${parsed.data.role}.` }
}

export async function setAccountDisabledForm(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await requireRole(required.users)
  const parsed = disabledSchema.safeParse({ userId: formText(formData, 'userId'), disabled: formText(formData, 'disabled') })
  if (!parsed.success) return invalid
  const result = setAccountDisabled(viewer, parsed.data.userId, parsed.data.disabled)
  if (!result.ok) return result
  refresh()
  return { ok: true, message: parsed.data.disabled ? 'Disabled; its sessions have ended.' : 'Enabled.' }
}
