import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { CoverImage } from '@/app/_components/article/cover-image'
import { SplitArticle } from '../../split-article'
import { getArticlePreview } from '@/lib/desk/articles'
import { formatDate } from '@/lib/core/dates'
import { parseIdParam } from '@/lib/core/params'
import { required } from '@/lib/auth/roles'
import { requireRole } from '@/lib/auth/session'
import { getSettings } from '@/lib/core/settings'

export const metadata: Metadata = { title: 'Preview' }

/** The article as members will see it, with the line where the wall will stand for everyone else. Staff only. */
export default async function PreviewArticlePage({ params }: { params: Promise<{ id: string }> }) {
  const { id: rawId } = await params
  const viewer = await requireRole(required.desk, `/admin/articles/${encodeURIComponent(rawId)}/preview`)
  const id = parseIdParam(rawId)
  const article = id && getArticlePreview(viewer, id)
  if (!article) notFound()
  const { dateFormat } = getSettings()
  return (
    <>
      <p role="note" className="mb-8 rounded bg-amber-100 px-4 py-3 text-sm">
        <strong>Preview</strong> ({article.status}). Readers who are not logged in see only the part above the dashed
        line.{' '}
        <Link href={`/admin/articles/${article.id}`} className="font-semibold underline">
          Back to the editor
        </Link>
      </p>
      <article className="mx-auto max-w-2xl">
        <p className="text-sm font-semibold uppercase tracking-wide text-brand">{article.sectionName}</p>
        <h1 className="mt-2 font-serif text-3xl font-bold leading-tight sm:text-4xl">{article.title}</h1>
        <p className="mt-4 text-xl leading-relaxed text-muted">{article.lede}</p>
        <div className="mt-6 flex flex-wrap gap-x-6 text-sm">
          <p>By: {article.authorNames.join(', ')}</p>
          <p>Publish date: {article.publishedAt ? formatDate(article.publishedAt, dateFormat) : 'not set'}</p>
        </div>
        {article.coverImagePath && <CoverImage path={article.coverImagePath} alt={article.coverImageAlt ?? ''} className="mt-6" />}
        <div className="mt-8">
          <SplitArticle teaserHtml={article.teaserHtml} bodyHtml={article.bodyHtml} />
        </div>
      </article>
    </>
  )
}
