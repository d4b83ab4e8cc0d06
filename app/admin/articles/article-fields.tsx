'use client'

import Image from 'next/image'
import { useId, useState } from 'react'
import { FormField, SelectField, TextAreaField } from '@/app/_components/form-field'
import type { ArticleKind } from '@/db/enums'
import type { ArticleFormValues } from '@/lib/desk/article-form'
import { parseLocalDateTime } from '@/lib/core/dates'
import { maxImageSize } from '@/lib/files/limits'
import { useLivePreview } from './editor-hooks'
import { EditorButtons } from './editor-buttons'
import { KindFields, type StoredPdf } from './kind-fields'
import { SplitArticle } from './split-article'

type Option = { id: number; name: string }
export type SectionOption = Option & { kind: ArticleKind }

type Props = {
  /** What the fields show when drawn: the stored article, or its merge with a newer save after a collision. */
  values: ArticleFormValues
  errors: Partial<Record<string, string[]>>
  /** The slug the last save was refused for, when it is another article's old address: the editor may take it. */
  refusedSlug: string | undefined
  /** The stored article's id, cover and PDF, or null for a new one. */
  article: { id: number; coverImageUrl: string | null; pdf: StoredPdf | null; archived: boolean } | null
  /** Readers see it, or will at a set time. */
  live: boolean
  sections: SectionOption[]
  authors: Option[]
  knownTags: string[]
  canPublish: boolean
  teaserParagraphs: number
  coverTooLarge: boolean
  pdfTooLarge: boolean
  pending: boolean
}

/**
 * The editor's fields and buttons. They start from `values`, and are drawn afresh (by a new key) when a collision
 * merges what was typed with a newer save.
 */
export function ArticleFields(props: Props) {
  const { values, errors, refusedSlug, article, live, sections, authors, knownTags, canPublish, teaserParagraphs, coverTooLarge, pdfTooLarge, pending } = props
  // The section decides what the article is: a talk, a seminar or a publication asks for its own details.
  const [sectionId, setSectionId] = useState(values.sectionId)
  const kind = sections.find((section) => String(section.id) === sectionId)?.kind ?? 'article'
  const [markdown, setMarkdown] = useState(values.markdown)
  const [publishAt, setPublishAt] = useState(values.publishedAt)
  const preview = useLivePreview(markdown, teaserParagraphs)
  const schedules = (parseLocalDateTime(publishAt) ?? 0) > new Date()
  const releaseId = useId()
  return (
    <>
      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <div className="flex flex-col gap-4">
          <FormField label="Title" name="title" defaultValue={values.title} errors={errors.title} required maxLength={200} />
          <FormField
            label="Slug"
            name="slug"
            defaultValue={values.slug}
            errors={errors.slug}
            hint="The end of the address: /articles/your-slug. Leave empty to make it from the title (æ, ø, å become ae, oe, aa)."
          />
          {errors.releaseSlug && refusedSlug && (
            <div className="flex flex-col gap-1">
              <label className="flex items-center gap-2 font-semibold">
                <input type="checkbox" name="releaseSlug" value={refusedSlug} aria-describedby={releaseId} /> Take this address anyway
              </label>
              <p id={releaseId} className="text-sm">
                {errors.releaseSlug.join(' ')}
              </p>
            </div>
          )}
          <TextAreaField label="Lede" name="lede" rows={3} defaultValue={values.lede} errors={errors.lede} required />
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
            {preview && !preview.ok && <p className="text-brand">{preview.message}</p>}
            {preview?.ok && <SplitArticle teaserHtml={preview.teaserHtml} bodyHtml={preview.bodyHtml} />}
          </section>
        </div>

        <div className="flex flex-col gap-4">
          <SelectField
            label="Section"
            name="sectionId"
            defaultValue={values.sectionId}
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
          <SelectField label="Language" name="language" defaultValue={values.language} errors={errors.language}>
            <option value="en">English</option>
            <option value="da">Danish</option>
          </SelectField>
          <SelectField label="Author" name="authorId" defaultValue={values.authorId} errors={errors.authorId}>
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
                  defaultChecked={values.coauthorIds.includes(author.id)}
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
            defaultValue={values.tagNames}
            errors={errors.tagNames}
            hint={`Separate with commas; new tags are created. In use: ${knownTags.join(', ') || 'none yet'}.`}
          />

          <KindFields
            kind={kind}
            values={values}
            pdf={article?.pdf ?? null}
            articleId={article?.id ?? null}
            errors={errors}
            pdfTooLarge={pdfTooLarge}
            canSeeSignups={canPublish}
          />

          <fieldset className="flex flex-col gap-3 border-t border-neutral-200 pt-4">
            <legend className="font-semibold">Cover image</legend>
            {article?.coverImageUrl && (
              <>
                <Image src={article.coverImageUrl} alt={values.coverImageAlt} width={320} height={180} className="rounded object-cover" />
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
              defaultValue={values.coverImageAlt}
              errors={errors.coverImageAlt}
            />
          </fieldset>

          <fieldset className="flex flex-col gap-3 border-t border-neutral-200 pt-4">
            <legend className="font-semibold">Search engines</legend>
            <TextAreaField
              label="Meta description"
              name="metaDescription"
              rows={3}
              defaultValue={values.metaDescription}
              errors={errors.metaDescription}
              hint="Shown in search results. Empty: the lede."
            />
            <FormField
              label="Canonical URL"
              name="canonicalUrl"
              type="url"
              defaultValue={values.canonicalUrl}
              errors={errors.canonicalUrl}
              hint="Only when the article first appeared elsewhere."
            />
            <label className="flex items-center gap-2">
              <input type="checkbox" name="noindex" defaultChecked={values.noindex} /> Hide from search engines (noindex)
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
              <input type="checkbox" name="featured" defaultChecked={values.featured} /> Feature on the home page
            </label>
          </fieldset>
        </div>
      </div>

      <EditorButtons
        live={live}
        schedules={schedules}
        canPublish={canPublish}
        canArchive={article !== null && !article.archived}
        pending={pending}
      />
    </>
  )
}
