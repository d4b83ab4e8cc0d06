'use server'

import { revalidateTag } from 'next/cache'
import { after } from 'next/server'
import { z } from 'zod'
import { cacheTags } from '@/lib/articles/cache-tags'
import type { LikeState } from '@/lib/articles/like-wording'
import { setLike } from '@/lib/articles/likes'
import { getViewer } from '@/lib/auth/session'

export type LikeResult = { ok: true; like: LikeState } | { ok: false; message: string }

const likeInput = z.object({ articleId: z.coerce.number().int().positive(), liked: z.boolean() })

/** Likes (`liked` true) or unlikes the article for the signed-in member. */
export async function likeArticle(articleId: unknown, liked: unknown): Promise<LikeResult> {
  const viewer = await getViewer()
  if (!viewer) return { ok: false, message: 'Log in to like articles.' }
  const input = likeInput.safeParse({ articleId, liked })
  const like = input.success ? setLike(input.data.articleId, viewer.id, input.data.liked) : null
  if (!like || !input.success) return { ok: false, message: 'This article cannot be liked.' }
  // The public count on the static page is all that changed. Expiring it after the response keeps the action
  // cheap (an expiry inside the action would re-render the whole page into the response); the next anonymous
  // request renders the new count.
  const tag = cacheTags.likes(input.data.articleId)
  after(() => revalidateTag(tag, { expire: 0 }))
  return { ok: true, like }
}
