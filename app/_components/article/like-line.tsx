import { getLikeState } from '@/lib/articles/likes'
import { getViewer } from '@/lib/auth/session'
import { LikeButton } from './like-button'
import { articlePath } from '@/lib/core/urls'

export async function LikeLine({ articleId, slug }: { articleId: number; slug: string }) {
  const viewer = await getViewer()
  const state = getLikeState(articleId, viewer?.id ?? null)
  const loginHref = viewer ? undefined : `/login?callbackUrl=${encodeURIComponent(articlePath(slug))}`
  return <LikeButton articleId={articleId} initial={state} loginHref={loginHref} />
}
