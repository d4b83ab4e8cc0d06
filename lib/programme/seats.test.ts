import { Worker } from 'node:worker_threads'
import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { databasePath, db, writeTransaction } from '@/db/client'
import { seminars } from '@/db/schema'
import { insertArticle, insertSeminar, insertUser, memberViewer } from '@/lib/testing/fixtures'
import { cancelSeminarSignup, fillFreeSeats, getSeatState, signUpForSeminar } from './seats'

const hour = 60 * 60 * 1000

const member = () => memberViewer(insertUser())

describe('seminar seats', () => {
  it('gives seats while there are some, then places on the waiting list, in order', () => {
    const seminar = insertSeminar(2)
    const [a, b, c, d] = [member(), member(), member(), member()]
    expect(signUpForSeminar(a, seminar)).toEqual({ ok: true, status: 'confirmed', changed: true })
    expect(signUpForSeminar(b, seminar)).toEqual({ ok: true, status: 'confirmed', changed: true })
    expect(signUpForSeminar(c, seminar)).toEqual({ ok: true, status: 'waiting', changed: true })
    expect(signUpForSeminar(d, seminar)).toEqual({ ok: true, status: 'waiting', changed: true })
    expect(getSeatState(seminar, d)).toEqual({ capacity: 2, confirmed: 2, waiting: 2, mine: { status: 'waiting', position: 2 } })
  })

  it('changes nothing (so mails nothing) when a member signs up twice or cancels what they do not hold', () => {
    const seminar = insertSeminar(1)
    const a = member()
    signUpForSeminar(a, seminar)
    expect(signUpForSeminar(a, seminar)).toEqual({ ok: true, status: 'confirmed', changed: false })
    expect(getSeatState(seminar, a)?.confirmed).toBe(1)
    expect(cancelSeminarSignup(member(), seminar)).toEqual({ ok: true, changed: false, promoted: [] })
  })

  it('moves the first on the waiting list up when a seat is given back', () => {
    const seminar = insertSeminar(1)
    const [a, b, c] = [member(), member(), member()]
    for (const viewer of [a, b, c]) signUpForSeminar(viewer, seminar)
    expect(cancelSeminarSignup(a, seminar)).toEqual({ ok: true, changed: true, promoted: [b.id] })
    expect(getSeatState(seminar, b)?.mine).toEqual({ status: 'confirmed', position: 0 })
    expect(getSeatState(seminar, c)?.mine).toEqual({ status: 'waiting', position: 1 })
    // Leaving the waiting list frees no seat.
    expect(cancelSeminarSignup(c, seminar)).toEqual({ ok: true, changed: true, promoted: [] })
  })

  it('waits for a sign-up another connection is writing, and counts its seat', async () => {
    const seminar = insertSeminar(1)
    const [other, mine] = [member(), member()]
    // Another process holds the write lock while it takes the last seat, and commits 300 ms later.
    const worker = new Worker(
      `const Database = require('better-sqlite3')
       const { workerData, parentPort } = require('node:worker_threads')
       const db = new Database(workerData.file)
       db.exec('BEGIN IMMEDIATE')
       db.prepare("insert into seminar_signups (article_id, user_id, status) values (?, ?, 'confirmed')").run(workerData.seminar, workerData.user)
       parentPort.postMessage('locked')
       Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 300)
       db.exec('COMMIT')
       db.close()`,
      { eval: true, workerData: { file: databasePath, seminar, user: other.id } },
    )
    await new Promise((resolve) => worker.once('message', resolve))
    // A transaction that read the count before the other commit would give a second seat (or fail with SQLITE_BUSY).
    expect(signUpForSeminar(mine, seminar)).toEqual({ ok: true, status: 'waiting', changed: true })
    expect(getSeatState(seminar, mine)).toMatchObject({ confirmed: 1, waiting: 1 })
    await worker.terminate()
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
})
