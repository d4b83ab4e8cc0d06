import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { db, writeTransaction } from '@/db/client'
import { seminars } from '@/db/schema'
import { cancelSeminarSignup, fillFreeSeats, getSeatState, getSeminarSignups, signUpForSeminar } from './seminars'
import { ForbiddenError } from './roles'
import { insertArticle, insertUser, memberViewer } from './testing/fixtures'

const hour = 60 * 60 * 1000

function insertSeminar(capacity: number, startsAt = new Date(Date.now() + 24 * hour)) {
  const article = insertArticle()
  db.insert(seminars).values({ articleId: article.id, startsAt, durationMinutes: 60, venue: '', capacity }).run()
  return article.id
}

const member = () => memberViewer(insertUser())

describe('seminar seats', () => {
  it('gives seats while there are some, then places on the waiting list, in order', () => {
    const seminar = insertSeminar(2)
    const [a, b, c, d] = [member(), member(), member(), member()]
    expect(signUpForSeminar(a, seminar)).toEqual({ ok: true, status: 'confirmed' })
    expect(signUpForSeminar(b, seminar)).toEqual({ ok: true, status: 'confirmed' })
    expect(signUpForSeminar(c, seminar)).toEqual({ ok: true, status: 'waiting' })
    expect(signUpForSeminar(d, seminar)).toEqual({ ok: true, status: 'waiting' })
    expect(getSeatState(seminar, d)).toEqual({ capacity: 2, confirmed: 2, waiting: 2, mine: { status: 'waiting', position: 2 } })
  })

  it('is a no-op to sign up twice', () => {
    const seminar = insertSeminar(1)
    const a = member()
    signUpForSeminar(a, seminar)
    expect(signUpForSeminar(a, seminar)).toEqual({ ok: true, status: 'confirmed' })
    expect(getSeatState(seminar, a)?.confirmed).toBe(1)
  })

  it('moves the first on the waiting list up when a seat is given back', () => {
    const seminar = insertSeminar(1)
    const [a, b, c] = [member(), member(), member()]
    for (const viewer of [a, b, c]) signUpForSeminar(viewer, seminar)
    expect(cancelSeminarSignup(a, seminar)).toEqual({ ok: true, promoted: [b.id] })
    expect(getSeatState(seminar, b)?.mine).toEqual({ status: 'confirmed', position: 0 })
    expect(getSeatState(seminar, c)?.mine).toEqual({ status: 'waiting', position: 1 })
    // Leaving the waiting list frees no seat.
    expect(cancelSeminarSignup(c, seminar)).toEqual({ ok: true, promoted: [] })
  })

  it('fills seats that a larger capacity frees, first come first served', () => {
    const seminar = insertSeminar(1)
    const [a, b, c] = [member(), member(), member()]
    for (const viewer of [a, b, c]) signUpForSeminar(viewer, seminar)
    db.update(seminars).set({ capacity: 3 }).where(eq(seminars.articleId, seminar)).run()
    expect(writeTransaction((tx) => fillFreeSeats(tx, seminar))).toEqual([b.id, c.id])
  })

  it('takes no sign-ups or cancellations once the seminar has started, and none for what readers cannot see', () => {
    const past = insertSeminar(10, new Date(Date.now() - hour))
    const a = member()
    expect(signUpForSeminar(a, past)).toEqual({ ok: false, message: 'This seminar has taken place; it takes no more sign-ups.' })
    expect(cancelSeminarSignup(a, past)).toEqual({ ok: false, message: 'This seminar has taken place.' })
    const draft = insertArticle({ status: 'draft' })
    db.insert(seminars).values({ articleId: draft.id, startsAt: new Date(Date.now() + hour), durationMinutes: 60, venue: '', capacity: 5 }).run()
    expect(signUpForSeminar(a, draft.id)).toEqual({ ok: false, message: 'This seminar is not open for sign-up.' })
    expect(signUpForSeminar(a, insertArticle().id)).toEqual({ ok: false, message: 'This seminar is not open for sign-up.' })
  })

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
