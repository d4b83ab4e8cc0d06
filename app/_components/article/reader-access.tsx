'use client'

import { ArticleBodyView } from './article-body'
import { useReaderParts } from './reader-parts-provider'

type Props = { title: string; pdfHref: string; wall: React.ReactNode }

/** The reader variant's members-only part: the body when getBodyForViewer gave it, the wall when it did not. */
export function ReaderAccess({ title, pdfHref, wall }: Props) {
  const { parts, failed, reload } = useReaderParts()
  if (parts) return parts.body?.access === 'full' ? <ArticleBodyView body={parts.body} title={title} pdfHref={pdfHref} /> : wall
  if (failed) {
    return (
      <p role="alert" className="font-semibold">
        The rest of the article could not be loaded.{' '}
        <button type="button" onClick={() => void reload()} className="text-brand underline">
          Try again
        </button>
      </p>
    )
  }
  return (
    <>
      <p className="text-muted">Loading the rest of the article…</p>
      <noscript>
        <p className="font-semibold">Members read the rest of the article with JavaScript turned on in their browser.</p>
      </noscript>
    </>
  )
}
