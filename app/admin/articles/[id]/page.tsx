import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getArticleForEditing } from '@/lib/desk/articles'
import { getArticleFunnel } from '@/lib/desk/conversion'
import { conversionRate, formatRate } from '@/lib/desk/conversion-report'
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
  const funnel = hasRole(viewer.role, required.conversion) ? getArticleFunnel(viewer, article.id) : null
  return (
    <>
      <h1 className="mb-2 font-serif text-3xl font-bold">Edit article</h1>
      {created && (
        <p role="status" className="mb-4 font-semibold text-green-800">
          Created.
        </p>
      )}
      {funnel && (
        <section aria-labelledby="funnel-heading" className="mb-6 rounded border border-neutral-200 p-3 text-sm">
          <h2 id="funnel-heading" className="font-semibold">
            Last 30 days
          </h2>
          <dl className="mt-1 flex flex-wrap gap-x-6">
            {(
              [
                ['Wall impressions', funnel.impressions],
                ['Sign-ups', funnel.signups],
                ['Conversion', formatRate(conversionRate(funnel))],
                ['Gift links opened', funnel.giftOpens],
                ['Sign-ups from gifts', funnel.giftSignups],
              ] as const
            ).map(([label, value]) => (
              <div key={label} className="flex gap-1">
                <dt className="text-muted">{label}:</dt>
                <dd className="font-semibold">{value}</dd>
              </div>
            ))}
          </dl>
        </section>
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
