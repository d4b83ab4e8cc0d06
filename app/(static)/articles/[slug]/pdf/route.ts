import { permanentRedirect } from 'next/navigation'
import { getPdfForViewer } from '@/lib/articles/paywall'
import { getMovedArticleSlug } from '@/lib/articles/queries'
import { openDocument } from '@/lib/files/documents'
import { countDownload } from '@/lib/programme/details'
import { loginFirstResponse, notFoundResponse } from '@/lib/core/responses'
import { articlePath } from '@/lib/core/paths'
import { getViewer } from '@/lib/auth/session'

type Context = { params: Promise<{ slug: string }> }

/**
 * A publication's PDF, for members only (getPdfForViewer decides). Anyone else is sent to log in and back to the
 * publication, with no byte of the file. The file is found by the name stored with the publication, never by a
 * path from the request. A GET is a download and is counted; a HEAD is not. An old address redirects to the new one.
 */
async function answer({ params }: Context, download: boolean) {
  const { slug } = await params
  // An old address of a public publication: its PDF has moved with it, for everyone alike.
  const movedTo = getMovedArticleSlug(slug)
  if (movedTo) permanentRedirect(`${articlePath(movedTo)}/pdf`)
  const viewer = await getViewer()
  if (!viewer) return loginFirstResponse(articlePath(slug))
  const pdf = getPdfForViewer(slug, viewer)
  const file = pdf && openDocument(pdf.file)
  if (!pdf || !file) return notFoundResponse('No such publication.')
  if (download) countDownload(pdf.articleId)
  return new Response(download ? file.stream() : null, {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="${pdf.slug}.pdf"`,
      'Content-Length': String(file.bytes),
      // For this member only: no shared cache may keep it.
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  })
}

export const GET = (_request: Request, context: Context) => answer(context, true)
export const HEAD = (_request: Request, context: Context) => answer(context, false)
