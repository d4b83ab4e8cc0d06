import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getArticleForEditing } from '@/lib/desk/articles'
import { listEditing } from '@/lib/desk/presence'
import { parseIdParam } from '@/lib/core/params'
import { hasRole, required } from '@/lib/auth/roles'
import { requireRole } from '@/lib/auth/session'
import { ArticleEditor } from '../article-editor'
import { editorOptions, toEditorArticle } from '../editor-options'

export const metadata: Metadata = { title: 'Edit article' }

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string }> }

export default async function EditArticlePage({ params, searchParams }: Props) {
  const { id: rawId } = await params
  const viewer = await requireRole(required.desk, `/admin/articles/${encodeURIComponent(rawId)}`)
  const id = parseIdParam(rawId)
  const article = id && getArticleForEditing(viewer, id)
  if (!article) notFound()
  const created = (await searchParams).created === '1'
  return (
    <>
      <h1 className="mb-2 font-serif text-3xl font-bold">Edit article</h1>
      {created && (
        <p role="status" className="mb-4 font-semibold text-green-800">
          Created.
        </p>
      )}
      <ArticleEditor
        article={toEditorArticle(article)}
        {...editorOptions()}
        canPublish={hasRole(viewer.role, required.editAny)}
        teaserParagraphs={article.teaserParagraphs}
        editing={listEditing(viewer, [article.id]).get(article.id) ?? []}
      />
    </>
  )
}
