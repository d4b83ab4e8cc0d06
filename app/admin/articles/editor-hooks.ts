'use client'

import { useEffect, useState } from 'react'
import { previewArticleMarkdown } from './actions'

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
