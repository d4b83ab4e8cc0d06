import type { ArticleBody } from '@/lib/articles/paywall'
import { TalkPlayer } from './talk-player'

type Props = { body: Extract<ArticleBody, { access: 'full' }>; title: string; pdfHref: string }

/** The members-only part, as getBodyForViewer gave it: a talk's video, a paper's PDF, and the rest of the text. */
export function ArticleBodyView({ body, title, pdfHref }: Props) {
  return (
    <>
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
