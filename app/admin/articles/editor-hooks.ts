'use client'

import { useEffect, useState } from 'react'
import { newArticleFormValues, type ArticleFormState, type ArticleFormValues } from '@/lib/desk/article-form'
import { markEditing, previewArticleMarkdown } from './actions'

/**
 * What the form's fields start from and which version its next save names. A successful save moves the version
 * on (the fields already hold what it saved); a collision moves it to the stored version and draws the fields
 * again (a new `key`) from the merge of what was typed with that version. Nothing else changes either: a page
 * refreshed with a newer article must not move the version under fields that do not show that article.
 */
export function useEditStart(article: { version: number; values: ArticleFormValues } | null, state: ArticleFormState | null) {
  const [start, setStart] = useState({ version: article?.version ?? null, values: article?.values ?? newArticleFormValues, key: 0 })
  const [answered, setAnswered] = useState(state)
  if (state !== answered) {
    setAnswered(state)
    if (state?.collision) setStart({ version: state.collision.version, values: state.collision.values, key: start.key + 1 })
    else if (state?.version) setStart({ ...start, version: state.version })
  }
  return start
}

/** Warns before the page is left with unsaved changes: closing the tab, reloading, or following a link. */
export function useLeaveWarning(dirty: boolean) {
  useEffect(() => {
    if (!dirty) return
    const message = 'You have unsaved changes. Leave without saving?'
    const onBeforeUnload = (event: BeforeUnloadEvent) => event.preventDefault()
    const onClick = (event: MouseEvent) => {
      const link = (event.target as Element | null)?.closest('a[href]')
      if (link && !link.hasAttribute('target') && !window.confirm(message)) {
        event.preventDefault()
        event.stopPropagation()
      }
    }
    window.addEventListener('beforeunload', onBeforeUnload)
    document.addEventListener('click', onClick, true)
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload)
      document.removeEventListener('click', onClick, true)
    }
  }, [dirty])
}

/** The rendered teaser and members-only part, from the server's renderer, a moment after typing stops. */
export function useLivePreview(markdown: string, teaserParagraphs: number) {
  const [preview, setPreview] = useState<Awaited<ReturnType<typeof previewArticleMarkdown>> | null>(null)
  useEffect(() => {
    let current = true
    const timer = setTimeout(async () => {
      const rendered = await previewArticleMarkdown(markdown, teaserParagraphs)
      if (current) setPreview(rendered)
    }, 400)
    return () => {
      current = false
      clearTimeout(timer)
    }
  }, [markdown, teaserParagraphs])
  return preview
}

/** lib/desk/presence.ts counts a person as editing for three beats after their last. */
const heartbeatMs = 20_000

/**
 * Says, every 20 seconds while the tab is visible (and at once when it becomes visible again), that this editor
 * has the article open; answers the names of the others who have, starting from those the page was drawn with.
 */
export function useOthersEditing(articleId: number | null, initial: string[]) {
  const [others, setOthers] = useState(initial)
  useEffect(() => {
    if (articleId === null) return
    let current = true
    const beat = async () => {
      if (document.visibilityState !== 'visible') return
      // A missed beat only lets the notice lapse; it is not worth an error.
      const answer = await markEditing(articleId).catch(() => null)
      if (current && answer?.ok) setOthers(answer.others)
    }
    void beat()
    const timer = setInterval(beat, heartbeatMs)
    document.addEventListener('visibilitychange', beat)
    return () => {
      current = false
      clearInterval(timer)
      document.removeEventListener('visibilitychange', beat)
    }
  }, [articleId])
  return others
}
