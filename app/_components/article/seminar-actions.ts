'use server'

import { after } from 'next/server'
import { z } from 'zod'
import { argsAction } from '@/lib/auth/action'
import { idSchema } from '@/lib/core/params'
import { mailSeatStatus } from '@/lib/programme/seat-mail'
import { cancelSeminarSignup, signUpForSeminar } from '@/lib/programme/seats'

const seminarId = z.tuple([idSchema])
const closed = 'This seminar is not open for sign-up.'

/** Takes a seat, or a place on the waiting list when the seminar is full; the member is mailed either way. */
export const takeSeminarSeat = argsAction({ signedOut: 'Log in to sign up.' }, seminarId, closed, async ([articleId], viewer) => {
  const result = signUpForSeminar(viewer, articleId)
  if (!result.ok) return result
  if (result.changed) after(() => mailSeatStatus(viewer.id, articleId, result.status))
  const message =
    result.status === 'confirmed' ? 'You are signed up. The confirmation is in your mail.' : 'The seminar is full: you are on the waiting list.'
  return { ok: true, message }
})

/** Gives the seat (or waiting place) back; whoever moves up from the waiting list is mailed. */
export const giveUpSeminarSeat = argsAction({ signedOut: 'Log in to change your sign-up.' }, seminarId, closed, async ([articleId], viewer) => {
  const result = cancelSeminarSignup(viewer, articleId)
  if (!result.ok) return result
  if (!result.changed) return { ok: true, message: 'You were not signed up.' }
  after(() => Promise.all(result.promoted.map((userId) => mailSeatStatus(userId, articleId, 'moved-up'))))
  return { ok: true, message: 'Your sign-up is cancelled.' }
})
