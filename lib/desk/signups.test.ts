import { describe, expect, it } from 'vitest'
import { ForbiddenError } from '@/lib/auth/roles'
import { signUpForSeminar } from '@/lib/programme/seats'
import { insertSeminar, insertUser, memberViewer } from '@/lib/testing/fixtures'
import { getSeminarSignups } from './signups'

const member = () => memberViewer(insertUser())

describe('seminar sign-ups on the desk', () => {
  it('lists sign-ups for editors only, seats first', () => {
    const seminar = insertSeminar(1)
    const [a, b] = [member(), member()]
    signUpForSeminar(a, seminar)
    signUpForSeminar(b, seminar)
    const editor = memberViewer(insertUser({ role: 'editor' }))
    expect(getSeminarSignups(editor, seminar)?.signups.map((row) => [row.email, row.status])).toEqual([
      [a.email, 'confirmed'],
      [b.email, 'waiting'],
    ])
    expect(() => getSeminarSignups(memberViewer(insertUser({ role: 'author' })), seminar)).toThrow(ForbiddenError)
  })
})
