import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { db } from '@/db/client'
import { auditLog, users } from '@/db/schema'
import { changeRole, listUsers, setAccountDisabled } from './users'
import { ForbiddenError } from '@/lib/auth/roles'
import { insertUser, memberViewer } from '@/lib/testing/fixtures'

const userRow = (id: number) => db.select().from(users).where(eq(users.id, id)).get()!

describe('users', () => {
  it('changes a role and disables an account, ending its sessions, with audit entries', () => {
    const admin = memberViewer(insertUser({ role: 'admin' }))
    const member = insertUser()
    expect(changeRole(admin, member.id, 'editor')).toEqual({ ok: true })
    expect(setAccountDisabled(admin, member.id, true)).toEqual({ ok: true })
    expect(userRow(member.id)).toMatchObject({ role: 'editor', disabled: true, sessionVersion: member.sessionVersion + 1 })
    const actions = db.select().from(auditLog).where(eq(auditLog.subject, member.email)).all()
    expect(actions.map((entry) => [entry.action, entry.detail])).toEqual([
      ['user.role-changed', 'reader → editor'],
      ['user.disabled', ''],
    ])
  })

  it('never lets the last enabled admin be demoted or disabled', () => {
    db.update(users).set({ role: 'reader' }).where(eq(users.role, 'admin')).run()
    const only = memberViewer(insertUser({ role: 'admin' }))
    const message = 'This is the only admin left. Make someone else an admin first.'
    expect(changeRole(only, only.id, 'editor')).toEqual({ ok: false, message })
    expect(setAccountDisabled(only, only.id, true)).toEqual({ ok: false, message })
    // A disabled admin does not count as the one that remains.
    const disabledAdmin = insertUser({ role: 'admin', disabled: true })
    expect(changeRole(only, only.id, 'editor')).toEqual({ ok: false, message })
    expect(setAccountDisabled(only, disabledAdmin.id, false)).toEqual({ ok: true })
    expect(changeRole(only, only.id, 'editor')).toEqual({ ok: true })
  })

  it('is for admins only', () => {
    const editor = memberViewer(insertUser({ role: 'editor' }))
    const member = insertUser()
    expect(() => changeRole(editor, member.id, 'admin')).toThrow(ForbiddenError)
    expect(() => setAccountDisabled(editor, member.id, true)).toThrow(ForbiddenError)
    expect(() => listUsers(editor, { q: '', page: 1 })).toThrow(ForbiddenError)
    expect(userRow(member.id)).toMatchObject({ role: 'reader', disabled: false })
  })

  it('searches by name or email, with LIKE wildcards taken literally', () => {
    const admin = memberViewer(insertUser({ role: 'admin' }))
    const found = insertUser({ name: 'Zelda 100%_sure' })
    expect(listUsers(admin, { q: '100%_', page: 1 }).items.map((user) => user.id)).toEqual([found.id])
    expect(listUsers(admin, { q: 'Zelda%sure', page: 1 }).items).toEqual([])
  })
})
