'use server'

import { revalidateTag } from 'next/cache'
import { after } from 'next/server'
import { z } from 'zod'
import { cacheTags } from '@/lib/cache-tags'
import type { LikeState } from '@/lib/like-wording'
import { toggleLike } from '@/lib/likes'
import { getViewer } from '@/lib/session'

export type ToggleLikeResult = { ok: true; like: LikeState } | { ok: false; message: string }

const articleIdSchema = z.coerce.number().int().positive()

export async function toggleArticleLike(articleId: unknown): Promise<ToggleLikeResult> {
  const viewer = await getViewer()
  if (!viewer) return { ok: false, message: 'Log in to like articles.' }
  const id = articleIdSchema.safeParse(articleId)
  const like = id.success ? toggleLike(id.data, viewer.id) : null
  if (!like || !id.success) return { ok: false, message: 'This article cannot be liked.' }
  // The public count on the static page is all that changed. Expiring it after the response keeps the action
  // cheap (an expiry inside the action would re-render the whole page into the response); the next anonymous
  // request renders the new count.
  const tag = cacheTags.likes(id.data)
  after(() => revalidateTag(tag, { expire: 0 }))
  return { ok: true, like }
}
