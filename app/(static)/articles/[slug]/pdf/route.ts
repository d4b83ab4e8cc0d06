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
 * A publication's PDF, for members and a working gift link to it (`?gift=`; getPdfForViewer decides). Anyone else
 * is sent to log in and back to the
 * publication, with no byte of the file. The file is found by the name stored with the publication, never by a
 * path from the request. A GET is a download and is counted; a HEAD is not. An old address redirects to the new one.
 */
async function answer(request: Request, { params }: Context, download: boolean) {
  const { slug } = await params
  // An old address of a public publication: its PDF has moved with it, for everyone alike.
  const movedTo = getMovedArticleSlug(slug)
  if (movedTo) permanentRedirect(`${articlePath(movedTo)}/pdf`)
  const viewer = await getViewer()
  const gift = new URL(request.url).searchParams.get('gift') ?? undefined
  const pdf = getPdfForViewer(slug, viewer, gift)
  // Without a session, or with a gift link that does not open it.
  if (!pdf && !viewer) return loginFirstResponse(articlePath(slug))
  const file = pdf && openDocument(pdf.file)
  if (!pdf || !file) return notFoundResponse('No such publication.')
  if (download) countDownload(pdf.articleId)
  return new Response(download ? file.stream() : null, {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="${pdf.slug}.pdf"`,
      'Content-Length': String(file.bytes),
      // For this reader only: no shared cache may keep it.
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  })
}

export const GET = (request: Request, context: Context) => answer(request, context, true)
export const HEAD = (request: Request, context: Context) => answer(request, context, false)
