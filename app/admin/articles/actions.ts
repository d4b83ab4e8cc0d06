'use server'

import { notFound, redirect, RedirectType } from 'next/navigation'
import { updateTag } from 'next/cache'
import { after } from 'next/server'
import { z } from 'zod'
import { cacheTags } from '@/lib/articles/cache-tags'
import { argsAction, formAction, nothingSaved } from '@/lib/auth/action'
import { ForbiddenError, required } from '@/lib/auth/roles'
import { idSchema } from '@/lib/core/params'
import { articleFormHidden, articleFormSchema, markdownSchema, type ArticleFormState } from '@/lib/desk/article-form'
import { renderArticle } from '@/lib/desk/markdown'
import { recordEditing } from '@/lib/desk/presence'
import { saveArticleWithUploads } from '@/lib/desk/save-article'
import { teaserParagraphsSchema } from '@/lib/desk/settings'
import { mailSeatStatus } from '@/lib/programme/seat-mail'

/** Creates or updates an article from the editor form. The role and ownership checks repeat in the data layer. */
export const saveArticleForm = formAction<typeof articleFormSchema, typeof required.desk, ArticleFormState>(
  required.desk,
  articleFormSchema,
  async (form, viewer) => {
    const result = await saveArticleWithUploads(viewer, form).catch((error) => {
      // An article the viewer may not edit (only reachable by a forged request) is answered as if it did not exist.
      if (error instanceof ForbiddenError) notFound()
      throw error
    })
    if (!result.ok) {
      const { message = nothingSaved, fieldErrors, collision } = result
      return { ok: false, message, fieldErrors, collision }
    }

    const { id, promoted, rescheduled } = result
    if (promoted.length > 0 || rescheduled.length > 0) {
      after(() =>
        Promise.all([
          ...promoted.map((userId) => mailSeatStatus(userId, id, 'moved-up')),
          ...rescheduled.map((userId) => mailSeatStatus(userId, id, 'changed')),
        ]),
      )
    }
    // What readers see changed: the article's own page (under both slugs, if it moved: the old one now redirects)
    // and every list. A draft that stays a draft changes nothing they see, unless it took another article's old
    // address, which stops redirecting at once.
    if (result.concernsReaders) {
      updateTag(cacheTags.article(result.slug))
      if (result.previousSlug && result.previousSlug !== result.slug) updateTag(cacheTags.article(result.previousSlug))
      updateTag(cacheTags.articleLists)
    }
    if (result.releasedSlug) updateTag(cacheTags.article(result.releasedSlug))
    // In place of the new-article page's guard entry (useLeaveWarning), so Back goes where it went before.
    if (form.id === null) redirect(`/admin/articles/${id}?created=1`, RedirectType.replace)
    return { ok: true, message: 'Saved.', version: result.version }
  },
  { invalid: nothingSaved, hidden: articleFormHidden },
)

/** The editor's live preview: the Markdown rendered and sanitised exactly as saving would, split at the teaser. */
export const previewArticleMarkdown = argsAction(
  required.desk,
  z.tuple([markdownSchema, teaserParagraphsSchema]),
  'This text cannot be previewed (is it over 200,000 characters?).',
  async ([markdown, teaserParagraphs]) => {
    const { teaserHtml, bodyHtml } = renderArticle(markdown, teaserParagraphs)
    return { ok: true, teaserHtml, bodyHtml } as const
  },
)

/** The editor's heartbeat: the viewer has the article open. Answers the names of the others who have it open. */
export const markEditing = argsAction(required.desk, z.tuple([idSchema]), 'No such article.', async ([articleId], viewer) => {
  try {
    return { ok: true, others: recordEditing(viewer, articleId) } as const
  } catch (error) {
    if (error instanceof ForbiddenError) return { ok: false, message: 'No such article.' } as const
    throw error
  }
})
