import type { Metadata } from 'next'
import { hasRole, required } from '@/lib/auth/roles'
import { requireRole } from '@/lib/auth/session'
import { getSettings } from '@/lib/core/settings'
import { ArticleEditor } from '../article-editor'
import { editorOptions } from '../editor-options'

export const metadata: Metadata = { title: 'New article' }

export default async function NewArticlePage() {
  const viewer = await requireRole(required.desk, '/admin/articles/new')
  return (
    <>
      <h1 className="mb-6 font-serif text-3xl font-bold">New article</h1>
      <ArticleEditor
        article={null}
        {...editorOptions()}
        canPublish={hasRole(viewer.role, required.editAny)}
        teaserParagraphs={getSettings().teaserParagraphs}
        editing={[]}
      />
    </>
  )
}
