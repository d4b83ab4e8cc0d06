import { IntentLink } from '@/app/_components/intent-link'
import { getBodyForViewer } from '@/lib/articles/paywall'
import { articlePath, registerPath } from '@/lib/core/paths'
import { ArticleBodyView } from './article-body'
import { GiftOpened } from './beacons'
import { Paywall } from './paywall'

type Props = {
  articleId: number
  slug: string
  title: string
  /** The token from the address (`?gift=`). */
  gift: Promise<string>
}

/**
 * The gift variant's members-only part: the body, when the link's token opens this article, or the wall. The
 * variant is only ever reached without a session cookie (proxy.ts), so it does not read one.
 */
export async function GiftAccess({ articleId, slug, title, gift }: Props) {
  const token = await gift
  const body = getBodyForViewer(articleId, null, token)
  if (body.access === 'wall') {
    return (
      <>
        <p role="status" className="mb-4 font-semibold">
          This gift link does not open the article: it may have expired or been withdrawn.
        </p>
        <Paywall articleId={articleId} returnTo={articlePath(slug)} />
      </>
    )
  }
  return (
    <>
      {body.giftFrom !== undefined && (
        <aside aria-label="Gift" className="mb-6 rounded-md border border-brand bg-neutral-50 p-4" lang="en">
          <GiftOpened articleId={articleId} token={token} />
          <p>
            A gift from {body.giftFrom}.{' '}
            <IntentLink href={registerPath(articlePath(slug))} className="font-semibold text-brand underline">
              Create a free profile to read everything.
            </IntentLink>
          </p>
        </aside>
      )}
      <ArticleBodyView body={body} title={title} pdfHref={`${articlePath(slug)}/pdf?gift=${encodeURIComponent(token)}`} />
    </>
  )
}
