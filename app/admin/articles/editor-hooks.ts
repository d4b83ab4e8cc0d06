'use client'

import { useRouter } from 'next/navigation'
import { useEffect, useRef, useState } from 'react'
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

const leaveMessage = 'You have unsaved changes. Leave without saving?'

/** Warns before the page is left with unsaved changes: closing the tab, reloading, following a link, or Back. */
export function useLeaveWarning(dirty: boolean) {
  const router = useRouter()
  // Back and Forward within the app are Next's client-side navigations (popstate), which beforeunload does not see
  // and which cannot be cancelled. So while there are changes, a guard entry for this same page sits on top of the
  // history (Next's pushState copies its router state into it): Back leaves only that entry, the page stays, and we
  // ask. Staying puts the entry back; leaving goes back once more, for real. After a save the entry stays, spent:
  // Back steps over it without asking (going back at once would race whatever the person does next), and new
  // changes arm it again.
  const guard = useRef<'none' | 'armed' | 'spent'>('none')
  // Leaving was confirmed: a Back that leaves the document must not ask again.
  const leaving = useRef(false)
  useEffect(() => {
    const onPopState = () => {
      if (guard.current === 'none') return
      if (guard.current === 'armed' && !window.confirm(leaveMessage)) return window.history.pushState(null, '')
      guard.current = 'none'
      leaving.current = true
      window.history.back()
    }
    const onClick = (event: MouseEvent) => {
      const link = (event.target as Element | null)?.closest('a[href]')
      if (!(link instanceof HTMLAnchorElement) || link.hasAttribute('target') || guard.current === 'none') return
      if (guard.current === 'armed' && !window.confirm(leaveMessage)) {
        event.preventDefault()
        event.stopPropagation()
        return
      }
      // Leaving by a link in this tab takes the guard entry's place, so Back from there returns to the editor once.
      const plain = event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey
      if (plain && link.origin === window.location.origin) {
        event.preventDefault()
        event.stopPropagation()
        guard.current = 'none'
        router.replace(link.pathname + link.search + link.hash)
      }
    }
    window.addEventListener('popstate', onPopState)
    document.addEventListener('click', onClick, true)
    return () => {
      window.removeEventListener('popstate', onPopState)
      document.removeEventListener('click', onClick, true)
    }
  }, [router])

  useEffect(() => {
    if (!dirty) {
      if (guard.current === 'armed') guard.current = 'spent'
      return
    }
    if (guard.current === 'none') window.history.pushState(null, '')
    guard.current = 'armed'
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!leaving.current) event.preventDefault()
    }
    window.addEventListener('beforeunload', onBeforeUnload)
    return () => window.removeEventListener('beforeunload', onBeforeUnload)
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
