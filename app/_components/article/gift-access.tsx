import Link from 'next/link'
import { getBodyForViewer } from '@/lib/articles/paywall'
import { articlePath, registerPath } from '@/lib/core/paths'
import { getViewer } from '@/lib/auth/session'
import { GiftOpened } from './beacons'
import { Paywall } from './paywall'
import { TalkPlayer } from './talk-player'

type Props = {
  articleId: number
  slug: string
  title: string
  /** The gift variant's token, from the address (`?gift=`); the member variant has none and reads the session. */
  gift?: Promise<string>
}

/** The viewer-dependent part of an article: the members-only body (with a talk's video or a paper's PDF), or the wall. */
export async function ArticleAccess({ articleId, slug, title, gift }: Props) {
  // The gift variant is only ever reached without a session cookie (proxy.ts), so it does not read one.
  const token = gift && (await gift)
  const body = gift ? getBodyForViewer(articleId, null, token) : getBodyForViewer(articleId, await getViewer())
  if (body.access === 'wall') {
    return (
      <>
        {gift && (
          <p role="status" className="mb-4 font-semibold">
            This gift link does not open the article: it may have expired or been withdrawn.
          </p>
        )}
        <Paywall articleId={articleId} returnTo={articlePath(slug)} />
      </>
    )
  }
  const pdfHref = `${articlePath(slug)}/pdf${token ? `?gift=${encodeURIComponent(token)}` : ''}`
  return (
    <>
      {body.giftFrom !== undefined && token && (
        <aside aria-label="Gift" className="mb-6 rounded-md border border-brand bg-neutral-50 p-4" lang="en">
          <GiftOpened articleId={articleId} token={token} />
          <p>
            A gift from {body.giftFrom}.{' '}
            <Link href={registerPath(articlePath(slug))} className="font-semibold text-brand underline">
              Create a free profile to read everything.
            </Link>
          </p>
        </aside>
      )}
      {body.video && <TalkPlayer video={body.video} title={title} />}
      {body.hasPdf && (
        <p className="mb-6">
          <a href={pdfHref} className="inline-block rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark">
            Download the PDF
          </a>
        </p>
      )}
      <div className="article-html mt-6" dangerouslySetInnerHTML={{ __html: body.bodyHtml }} />
    </>
  )
}
