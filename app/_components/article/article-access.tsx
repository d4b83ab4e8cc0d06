import { getBodyForViewer } from '@/lib/articles'
import { getViewer } from '@/lib/session'
import { Paywall } from './paywall'
import { articlePath } from '@/lib/seo'

/** The viewer-dependent part of an article: the members-only body, or the registration wall. */
export async function ArticleAccess({ articleId, slug }: { articleId: number; slug: string }) {
  const body = getBodyForViewer(articleId, await getViewer())
  if (body.access === 'wall') return <Paywall returnTo={articlePath(slug)} />
  return <div className="article-html" dangerouslySetInnerHTML={{ __html: body.bodyHtml }} />
}
