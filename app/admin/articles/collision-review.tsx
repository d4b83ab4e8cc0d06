'use client'

import { useState, type MouseEvent } from 'react'
import type { ArticleFormValues } from '@/lib/desk/article-form'
import type { Collision, EditorField } from '@/lib/desk/edit-collision'

type Option = { id: number; name: string }
type Value = ArticleFormValues[EditorField]

const fieldLabels: Record<EditorField, string> = {
  title: 'Title',
  slug: 'Slug',
  lede: 'Lede',
  markdown: 'Body (Markdown)',
  language: 'Language',
  sectionId: 'Section',
  authorId: 'Author',
  coauthorIds: 'Co-authors',
  tagNames: 'Tags',
  metaDescription: 'Meta description',
  canonicalUrl: 'Canonical URL',
  publishedAt: 'Publish date',
  featured: 'Feature on the home page',
  noindex: 'Hide from search engines',
  coverImageAlt: 'Image description (alt text)',
  speaker: 'Speaker',
  durationMinutes: 'Length (minutes)',
  videoUrl: 'Video address',
  startsAt: 'Starts',
  venue: 'Venue',
  capacity: 'Seats',
}

const listOf = (fields: EditorField[]) => fields.map((field) => fieldLabels[field]).join(', ')

/**
 * Puts a value into the form's field as if it were typed: the native setter and an input event, so that React's
 * controlled fields (the body, the publish date) take it too and the form counts as changed.
 */
function setField(form: HTMLFormElement, field: EditorField, value: Value) {
  if (Array.isArray(value)) {
    for (const box of form.querySelectorAll<HTMLInputElement>(`input[name="${field}"]`)) box.checked = value.includes(Number(box.value))
    form.dispatchEvent(new Event('input', { bubbles: true }))
    return
  }
  const element = form.elements.namedItem(field)
  if (!(element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement)) return
  if (typeof value === 'boolean' && element instanceof HTMLInputElement) element.checked = value
  else Object.getOwnPropertyDescriptor(Object.getPrototypeOf(element), 'value')?.set?.call(element, String(value))
  element.dispatchEvent(new Event('input', { bubbles: true }))
  element.dispatchEvent(new Event('change', { bubbles: true }))
}

type Props = { articleId: number; collision: Collision; authors: Option[]; sections: Option[] }

/**
 * What a refused save found: the fields the other save changed (now in the form) and, side by side, those both
 * changed, each with a button that puts theirs in the form. The saved version opens in a new tab, so the form
 * and what was typed stay.
 */
export function CollisionReview({ articleId, collision, authors, sections }: Props) {
  const [taken, setTaken] = useState<EditorField[]>([])
  const nameOf = (options: Option[], id: string | number) => options.find((option) => String(option.id) === String(id))?.name ?? '—'
  function show(field: EditorField, value: Value): string {
    if (typeof value === 'boolean') return value ? 'Yes' : 'No'
    if (Array.isArray(value)) return value.map((id) => nameOf(authors, id)).join(', ') || '(none)'
    if (field === 'sectionId') return nameOf(sections, value)
    if (field === 'authorId') return nameOf(authors, value)
    if (field === 'language') return value === 'da' ? 'Danish' : 'English'
    return value || '(empty)'
  }
  function take(event: MouseEvent<HTMLButtonElement>, field: EditorField, theirs: Value) {
    if (event.currentTarget.form) setField(event.currentTarget.form, field, theirs)
    setTaken([...taken, field])
  }
  const { theirChanges, bothChanged, values } = collision
  return (
    <section aria-labelledby="collision-heading" className="flex flex-col gap-3 rounded border-2 border-brand p-4">
      <h2 id="collision-heading" className="font-semibold">
        Saved elsewhere while you were editing
      </h2>
      {theirChanges.length > 0 && <p>Their changes are now in the form: {listOf(theirChanges)}.</p>}
      {bothChanged.length > 0 && (
        <p>You both changed {listOf(bothChanged.map((choice) => choice.field))}. The form keeps yours; theirs is beside it.</p>
      )}
      {theirChanges.length === 0 && bothChanged.length === 0 && <p>Their save changed none of the fields you changed.</p>}
      {bothChanged.map(({ field, theirs }) => (
        <div key={field} role="group" aria-label={`${fieldLabels[field]}: yours and theirs`} className="grid gap-3 sm:grid-cols-2">
          {(['yours, as you sent it', 'theirs, as saved'] as const).map((side, i) => (
            <div key={side} className="min-w-0">
              <p className="text-sm font-semibold">
                {fieldLabels[field]}: {side}
              </p>
              <p className="max-h-60 overflow-auto whitespace-pre-wrap rounded bg-neutral-100 p-2 text-sm">{show(field, i === 0 ? values[field] : theirs)}</p>
            </div>
          ))}
          {taken.includes(field) ? (
            <p className="text-sm">Theirs is in the form now.</p>
          ) : (
            <button type="button" onClick={(event) => take(event, field, theirs)} className="justify-self-start rounded border border-neutral-400 px-3 py-1 text-sm font-semibold hover:border-brand">
              Use theirs<span className="sr-only"> for {fieldLabels[field]}</span>
            </button>
          )}
        </div>
      ))}
      <p className="text-sm">
        <a href={`/admin/articles/${articleId}/preview`} target="_blank" rel="noopener" className="font-semibold text-brand underline">
          See the saved version
        </a>{' '}
        (opens in a new tab).
      </p>
    </section>
  )
}
