'use client'

import Image from 'next/image'
import Link from 'next/link'
import { useActionState, useEffect, useRef, useState, type FormEvent } from 'react'
import { FormField, SelectField, TextAreaField } from '@/app/_components/form-field'
import { useKeptForm } from '@/app/_components/use-kept-form'
import type { ArticleKind, ArticleStatus, Language } from '@/db/enums'
import { parseLocalDateTime } from '@/lib/core/dates'
import { maxImageBytes, maxImageSize, maxPdfBytes } from '@/lib/files/limits'
import { saveArticleForm } from './actions'
import { useLeaveWarning, useLivePreview } from './editor-hooks'
import { KindFields, type EditorDetails } from './kind-fields'
import { SplitArticle } from './split-article'

type Option = { id: number; name: string }
type SectionOption = Option & { kind: ArticleKind }

export type EditorArticle = {
  id: number
  slug: string
  title: string
  lede: string
  language: Language
  sectionId: number
  authorId: number
  coauthorIds: number[]
  tagNames: string[]
  sourceMarkdown: string
  status: ArticleStatus
  featured: boolean
  noindex: boolean
  metaDescription: string
  canonicalUrl: string | null
  /** Copenhagen wall-clock time, as a datetime-local value. */
  publishedAtInput: string
  coverImageUrl: string | null
  coverImageAlt: string | null
  details: EditorDetails
}

type Props = {
  article: EditorArticle | null
  sections: SectionOption[]
  authors: Option[]
  knownTags: string[]
  canPublish: boolean
  teaserParagraphs: number
}

const statusLabels: Record<ArticleStatus, string> = {
  draft: 'Draft',
  scheduled: 'Scheduled',
  published: 'Published',
  archived: 'Archived',
}

export function ArticleEditor({ article, sections, authors, knownTags, canPublish, teaserParagraphs }: Props) {
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
  // The section decides what the article is: a talk, a seminar or a publication asks for its own details.
  const [sectionId, setSectionId] = useState(String(article?.sectionId ?? ''))
  const kind = sections.find((section) => String(section.id) === sectionId)?.kind ?? 'article'
  // The form state at the last edit: the changes are saved once a successful save has answered after it.
  const [lastEdit, setLastEdit] = useState<{ state: typeof state } | null>(null)
  const dirty = lastEdit !== null && !(state?.ok && lastEdit.state !== state)
  const [markdown, setMarkdown] = useState(article?.sourceMarkdown ?? '')
  const [publishAt, setPublishAt] = useState(article?.publishedAtInput ?? '')
  const preview = useLivePreview(markdown, teaserParagraphs)
  const alertRef = useRef<HTMLParagraphElement>(null)
  useLeaveWarning(dirty)
  useEffect(() => {
    if (state) alertRef.current?.focus()
  }, [state])

  const errors = state?.fieldErrors ?? {}
  const live = article?.status === 'published' || article?.status === 'scheduled'
  const schedules = (parseLocalDateTime(publishAt) ?? 0) > new Date()
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
      <p
        ref={alertRef}
        tabIndex={-1}
        role={state?.ok ? 'status' : 'alert'}
        className={`font-semibold empty:hidden ${state?.ok ? 'text-green-800' : 'text-brand'}`}
      >
        {state?.message}
      </p>
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

      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <div className="flex flex-col gap-4">
          <FormField label="Title" name="title" defaultValue={article?.title} errors={errors.title} required maxLength={200} />
          <FormField
            label="Slug"
            name="slug"
            defaultValue={article?.slug}
            errors={errors.slug}
            hint="The end of the address: /articles/your-slug. Leave empty to make it from the title (æ, ø, å become ae, oe, aa)."
          />
          <TextAreaField label="Lede" name="lede" rows={3} defaultValue={article?.lede} errors={errors.lede} required />
          <TextAreaField
            label="Body (Markdown)"
            name="markdown"
            rows={22}
            value={markdown}
            onChange={(event) => setMarkdown(event.target.value)}
            errors={errors.markdown}
            hint={
              <>
                A line <code>--- members only ---</code> ends the public teaser; everything below it is for members.
                Without that line, the first {teaserParagraphs} paragraphs are the teaser.
              </>
            }
          />
          <section aria-labelledby="preview-heading" className="rounded border border-neutral-300 p-4">
            <h2 id="preview-heading" className="mb-3 text-sm font-semibold uppercase tracking-wide text-muted">
              Live preview
            </h2>
            {preview?.error && <p className="text-brand">{preview.error}</p>}
            {preview && <SplitArticle teaserHtml={preview.teaserHtml} bodyHtml={preview.bodyHtml} />}
          </section>
        </div>

        <div className="flex flex-col gap-4">
          <SelectField
            label="Section"
            name="sectionId"
            defaultValue={article?.sectionId ?? ''}
            onChange={(event) => setSectionId(event.target.value)}
            errors={errors.sectionId}
          >
            <option value="">Choose…</option>
            {sections.map((section) => (
              <option key={section.id} value={section.id}>
                {section.name}
              </option>
            ))}
          </SelectField>
          <SelectField label="Language" name="language" defaultValue={article?.language ?? 'en'} errors={errors.language}>
            <option value="en">English</option>
            <option value="da">Danish</option>
          </SelectField>
          <SelectField label="Author" name="authorId" defaultValue={article?.authorId ?? ''} errors={errors.authorId}>
            <option value="">Choose…</option>
            {authors.map((author) => (
              <option key={author.id} value={author.id}>
                {author.name}
              </option>
            ))}
          </SelectField>
          <fieldset aria-describedby="coauthorIds-error">
            <legend className="font-semibold">Co-authors</legend>
            {authors.map((author) => (
              <label key={author.id} className="flex items-center gap-2">
                <input
                  type="checkbox"
                  name="coauthorIds"
                  value={author.id}
                  defaultChecked={article?.coauthorIds.includes(author.id)}
                />
                {author.name}
              </label>
            ))}
            <p id="coauthorIds-error" aria-live="polite" className="text-sm font-semibold text-brand">
              {errors.coauthorIds?.join(' ')}
            </p>
          </fieldset>
          <FormField
            label="Tags"
            name="tagNames"
            defaultValue={article?.tagNames.join(', ')}
            errors={errors.tagNames}
            hint={`Separate with commas; new tags are created. In use: ${knownTags.join(', ') || 'none yet'}.`}
          />

          <KindFields
            kind={kind}
            details={article?.details ?? null}
            articleId={article?.id ?? null}
            errors={errors}
            pdfTooLarge={pdfTooLarge}
            canSeeSignups={canPublish}
          />

          <fieldset className="flex flex-col gap-3 border-t border-neutral-200 pt-4">
            <legend className="font-semibold">Cover image</legend>
            {article?.coverImageUrl && (
              <>
                <Image src={article.coverImageUrl} alt={article.coverImageAlt ?? ''} width={320} height={180} className="rounded object-cover" />
                <label className="flex items-center gap-2">
                  <input type="checkbox" name="removeCover" /> Remove the cover image
                </label>
              </>
            )}
            <FormField
              label={article?.coverImageUrl ? 'Replace with' : 'Image file'}
              name="cover"
              type="file"
              accept="image/jpeg,image/png,image/webp"
              errors={coverTooLarge ? [`The image is larger than ${maxImageSize}.`] : errors.cover}
              hint={`JPEG, PNG or WebP, up to ${maxImageSize}.`}
            />
            <FormField
              label="Image description (alt text)"
              name="coverImageAlt"
              defaultValue={article?.coverImageAlt ?? ''}
              errors={errors.coverImageAlt}
            />
          </fieldset>

          <fieldset className="flex flex-col gap-3 border-t border-neutral-200 pt-4">
            <legend className="font-semibold">Search engines</legend>
            <TextAreaField
              label="Meta description"
              name="metaDescription"
              rows={3}
              defaultValue={article?.metaDescription}
              errors={errors.metaDescription}
              hint="Shown in search results. Empty: the lede."
            />
            <FormField
              label="Canonical URL"
              name="canonicalUrl"
              type="url"
              defaultValue={article?.canonicalUrl ?? ''}
              errors={errors.canonicalUrl}
              hint="Only when the article first appeared elsewhere."
            />
            <label className="flex items-center gap-2">
              <input type="checkbox" name="noindex" defaultChecked={article?.noindex} /> Hide from search engines (noindex)
            </label>
          </fieldset>

          <fieldset className="flex flex-col gap-3 border-t border-neutral-200 pt-4">
            <legend className="font-semibold">Publishing</legend>
            <FormField
              label="Publish date"
              name="publishedAt"
              type="datetime-local"
              step={1}
              value={publishAt}
              onChange={(event) => setPublishAt(event.target.value)}
              errors={errors.publishedAt}
              hint="Copenhagen time. Empty: now. A time still to come schedules the article."
            />
            <label className="flex items-center gap-2">
              <input type="checkbox" name="featured" defaultChecked={article?.featured} /> Feature on the home page
            </label>
          </fieldset>
        </div>
      </div>

      <div className="flex flex-wrap gap-3 border-t border-neutral-200 pt-4">
        <EditorButton intent="save" pending={pending} primary={!canPublish}>
          {live ? 'Save changes' : 'Save draft'}
        </EditorButton>
        {canPublish && (
          <>
            {!live && (
              <EditorButton intent="publish" pending={pending} primary>
                {schedules ? 'Schedule' : 'Publish'}
              </EditorButton>
            )}
            {live && (
              <EditorButton intent="unpublish" pending={pending}>
                Unpublish
              </EditorButton>
            )}
            {article && article.status !== 'archived' && (
              <EditorButton intent="archive" pending={pending}>
                Archive
              </EditorButton>
            )}
          </>
        )}
      </div>
    </form>
  )
}

function EditorButton({ intent, pending, primary = false, children }: { intent: string; pending: boolean; primary?: boolean; children: React.ReactNode }) {
  const style = primary ? 'bg-brand text-white hover:bg-brand-dark' : 'border border-neutral-400 hover:border-brand'
  return (
    <button type="submit" name="intent" value={intent} disabled={pending} className={`rounded px-4 py-2 font-semibold disabled:opacity-60 ${style}`}>
      {children}
    </button>
  )
}
