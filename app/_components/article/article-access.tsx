import { getBodyForViewer } from '@/lib/articles/paywall'
import { articlePath } from '@/lib/core/paths'
import { getViewer } from '@/lib/auth/session'
import { Paywall } from './paywall'
import { TalkPlayer } from './talk-player'

/** The viewer-dependent part of an article: the members-only body (with a talk's video or a paper's PDF), or the wall. */
export async function ArticleAccess({ articleId, slug, title }: { articleId: number; slug: string; title: string }) {
  const body = getBodyForViewer(articleId, await getViewer())
  if (body.access === 'wall') return <Paywall returnTo={articlePath(slug)} />
  return (
    <>
      {body.video && <TalkPlayer video={body.video} title={title} />}
      {body.hasPdf && (
        <p className="mb-6">
          <a href={`${articlePath(slug)}/pdf`} className="inline-block rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark">
            Download the PDF
          </a>
        </p>
      )}
      <div className="article-html mt-6" dangerouslySetInnerHTML={{ __html: body.bodyHtml }} />
    </>
  )
}
