'use client'

import Link from 'next/link'
import { useActionState, useEffect, useRef, useState, type FormEvent } from 'react'
import { useKeptForm } from '@/app/_components/use-kept-form'
import type { ArticleStatus } from '@/db/enums'
import type { ArticleFormValues } from '@/lib/desk/article-form'
import { maxImageBytes, maxPdfBytes } from '@/lib/files/limits'
import { saveArticleForm } from './actions'
import { ArticleFields, type SectionOption } from './article-fields'
import { CollisionReview } from './collision-review'
import { EditingNotice } from './editing-notice'
import { useEditStart, useLeaveWarning, useOthersEditing } from './editor-hooks'
import type { StoredPdf } from './kind-fields'

type Option = { id: number; name: string }

/** A stored article in the editor: its field values, and what the editor shows about it. */
export type EditorArticle = {
  id: number
  /** The version the form's values are: its next save must start from it. */
  version: number
  /** The address it is live at (the slug field may already hold a new one). */
  slug: string
  status: ArticleStatus
  values: ArticleFormValues
  coverImageUrl: string | null
  pdf: StoredPdf | null
}

type Props = {
  article: EditorArticle | null
  sections: SectionOption[]
  authors: Option[]
  knownTags: string[]
  canPublish: boolean
  teaserParagraphs: number
  /** The others who had the article open in the editor when the page was drawn. */
  editing: string[]
}

const statusLabels: Record<ArticleStatus, string> = {
  draft: 'Draft',
  scheduled: 'Scheduled',
  published: 'Published',
  archived: 'Archived',
}

export function ArticleEditor({ article, sections, authors, knownTags, canPublish, teaserParagraphs, editing }: Props) {
  const [state, formAction] = useActionState(saveArticleForm, null)
  const { onSubmit: submit, pending } = useKeptForm(formAction)
  // Checked here too, because a file far over the limit would not even reach the server's own check.
  const [coverTooLarge, setCoverTooLarge] = useState(false)
  const [pdfTooLarge, setPdfTooLarge] = useState(false)
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    const form = new FormData(event.currentTarget)
    const overLimit = (name: string, limit: number) => {
      const file = form.get(name)
      return file instanceof File && file.size > limit
    }
    const cover = overLimit('cover', maxImageBytes)
    const pdf = overLimit('pdf', maxPdfBytes)
    setCoverTooLarge(cover)
    setPdfTooLarge(pdf)
    if (cover || pdf) event.preventDefault()
    else submit(event)
  }
  const start = useEditStart(article, state)
  // The form state at the last edit: the changes are saved once a successful save has answered after it.
  const [lastEdit, setLastEdit] = useState<{ state: typeof state } | null>(null)
  const dirty = lastEdit !== null && !(state?.ok && lastEdit.state !== state)
  const alertRef = useRef<HTMLParagraphElement>(null)
  useLeaveWarning(dirty)
  const others = useOthersEditing(article?.id ?? null, editing)
  useEffect(() => {
    if (state) alertRef.current?.focus()
  }, [state])

  const live = article?.status === 'published' || article?.status === 'scheduled'
  return (
    <form
      aria-label="Article"
      action={formAction}
      onSubmit={onSubmit}
      onInput={() => setLastEdit({ state })}
      noValidate
      className="flex flex-col gap-6"
    >
      <input type="hidden" name="id" value={article?.id ?? ''} />
      <input type="hidden" name="version" value={start.version ?? ''} />
      <p
        ref={alertRef}
        tabIndex={-1}
        role={state?.ok ? 'status' : 'alert'}
        className={`font-semibold empty:hidden ${state?.ok ? 'text-green-800' : 'text-brand'}`}
      >
        {state?.message}
      </p>
      {article && state?.collision && (
        <CollisionReview key={state.collision.version} articleId={article.id} collision={state.collision} authors={authors} sections={sections} />
      )}
      <div aria-live="polite">
        <EditingNotice names={others} className="rounded bg-amber-100 px-3 py-2" />
      </div>
      {article && (
        <p className="text-sm">
          Status: <strong>{statusLabels[article.status]}</strong>
          {' · '}
          <Link href={`/admin/articles/${article.id}/preview`} className="font-semibold text-brand underline">
            Preview
          </Link>
          {live && (
            <>
              {' · '}
              <Link href={`/articles/${article.slug}`} className="underline">
                View on site
              </Link>
            </>
          )}
        </p>
      )}

      <ArticleFields
        key={start.key}
        values={start.values}
        errors={state?.fieldErrors ?? {}}
        refusedSlug={state?.values?.slug}
        article={article && { id: article.id, coverImageUrl: article.coverImageUrl, pdf: article.pdf, archived: article.status === 'archived' }}
        live={live}
        sections={sections}
        authors={authors}
        knownTags={knownTags}
        canPublish={canPublish}
        teaserParagraphs={teaserParagraphs}
        coverTooLarge={coverTooLarge}
        pdfTooLarge={pdfTooLarge}
        pending={pending}
      />
    </form>
  )
}
