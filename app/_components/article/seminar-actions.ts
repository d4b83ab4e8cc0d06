'use server'

import { refresh } from 'next/cache'
import { after } from 'next/server'
import type { ActionState } from '@/app/_components/action-state'
import { idSchema } from '@/lib/core/params'
import { mailSeatStatus } from '@/lib/programme/seat-mail'
import { cancelSeminarSignup, signUpForSeminar } from '@/lib/programme/seats'
import { getViewer } from '@/lib/auth/session'

/** Takes a seat, or a place on the waiting list when the seminar is full; the member is mailed either way. */
export async function takeSeminarSeat(articleId: unknown): Promise<ActionState> {
  const viewer = await getViewer()
  if (!viewer) return { ok: false, message: 'Log in to sign up.' }
  const id = idSchema.safeParse(articleId)
  if (!id.success) return { ok: false, message: 'This seminar is not open for sign-up.' }
  const result = signUpForSeminar(viewer, id.data)
  if (!result.ok) return result
  if (result.changed) {
    after(() => mailSeatStatus(viewer.id, id.data, result.status))
    refresh()
  }
  return {
    ok: true,
    message: result.status === 'confirmed' ? 'You are signed up. The confirmation is in your mail.' : 'The seminar is full: you are on the waiting list.',
  }
}

/** Gives the seat (or waiting place) back; whoever moves up from the waiting list is mailed. */
export async function giveUpSeminarSeat(articleId: unknown): Promise<ActionState> {
  const viewer = await getViewer()
  if (!viewer) return { ok: false, message: 'Log in to change your sign-up.' }
  const id = idSchema.safeParse(articleId)
  if (!id.success) return { ok: false, message: 'This seminar is not open for sign-up.' }
  const result = cancelSeminarSignup(viewer, id.data)
  if (!result.ok) return result
  if (!result.changed) return { ok: true, message: 'You were not signed up.' }
  after(() => Promise.all(result.promoted.map((userId) => mailSeatStatus(userId, id.data, 'moved-up'))))
  refresh()
  return { ok: true, message: 'Your sign-up is cancelled.' }
}
