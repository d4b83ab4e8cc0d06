'use server'

import { z } from 'zod'
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
  if (!like) return { ok: false, message: 'This article cannot be liked.' }
  return { ok: true, like }
}
