import { getLikeState } from '@/lib/articles/likes'
import { getViewer } from '@/lib/auth/session'
import { LikeButton } from './like-button'
import { articlePath, loginPath } from '@/lib/core/paths'

export async function LikeLine({ articleId, slug }: { articleId: number; slug: string }) {
  const viewer = await getViewer()
  const state = getLikeState(articleId, viewer?.id ?? null)
  const loginHref = viewer ? undefined : loginPath(articlePath(slug))
  return <LikeButton articleId={articleId} initial={state} loginHref={loginHref} />
}
