'use server'

import { revalidateTag } from 'next/cache'
import { after } from 'next/server'
import { z } from 'zod'
import { cacheTags } from '@/lib/articles/cache-tags'
import type { LikeState } from '@/lib/articles/like-wording'
import { setLike } from '@/lib/articles/likes'
import { argsAction } from '@/lib/auth/action'
import { idSchema } from '@/lib/core/params'

const cannotLike = 'This article cannot be liked.'

type LikeResult = { ok: true; like: LikeState } | { ok: false; message: string }

/** Likes (`liked` true) or unlikes the article for the signed-in member. */
export const likeArticle = argsAction(
  { signedOut: 'Log in to like articles.' },
  z.tuple([idSchema, z.boolean()]),
  cannotLike,
  async ([articleId, liked], viewer): Promise<LikeResult> => {
    const like = setLike(articleId, viewer.id, liked)
    if (!like) return { ok: false, message: cannotLike }
    // The public count on the static page is all that changed. Expiring it after the response keeps the action
    // cheap (an expiry inside the action would re-render the whole page into the response); the next anonymous
    // request renders the new count.
    after(() => revalidateTag(cacheTags.likes(articleId), { expire: 0 }))
    return { ok: true, like }
  },
)
