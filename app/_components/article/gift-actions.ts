'use server'

import { z } from 'zod'
import { createGiftLink } from '@/lib/articles/gift-links'
import { argsAction } from '@/lib/auth/action'
import { idSchema } from '@/lib/core/params'
import { giftPath } from '@/lib/core/paths'
import { absoluteUrl } from '@/lib/core/urls'

const cannotGive = 'This article cannot be given.'
const monthDay = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', timeZone: 'UTC' })

export type GiveResult = { ok: true; url: string; left: number } | { ok: false; message: string }

/** A new gift link to the article, within the member's monthly quota. */
export const giveArticle = argsAction(
  { signedOut: 'Log in to give articles.' },
  z.tuple([idSchema]),
  cannotGive,
  async ([articleId], viewer): Promise<GiveResult> => {
    const gift = createGiftLink(viewer, articleId)
    if (gift.ok) return { ok: true, url: absoluteUrl(giftPath(gift.slug, gift.token)), left: gift.left }
    if (gift.reason === 'not-found') return { ok: false, message: cannotGive }
    if (gift.perMonth === 0) return { ok: false, message: 'Gift links are turned off on this site.' }
    return {
      ok: false,
      message: `You have given all ${gift.perMonth} of this month’s gift links. You can give more from ${monthDay.format(gift.resetsAt)}.`,
    }
  },
)
