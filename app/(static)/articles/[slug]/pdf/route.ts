import { getPdfForViewer } from '@/lib/articles'
import { readDocument } from '@/lib/documents'
import { countDownload } from '@/lib/programme'
import { articlePath } from '@/lib/seo'
import { getViewer } from '@/lib/session'

const notFound = () => new Response('No such publication.', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })

/**
 * A publication's PDF, for members only (getPdfForViewer decides). Anyone else is sent to log in and back to the
 * publication, with no byte of the file. The file is read by the name stored with the publication, never by a
 * path from the request.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params
  const viewer = await getViewer()
  if (!viewer) {
    return new Response(null, {
      status: 303,
      headers: { Location: `/login?callbackUrl=${encodeURIComponent(articlePath(slug))}`, 'Cache-Control': 'private, no-store' },
    })
  }
  const pdf = getPdfForViewer(slug, viewer)
  const bytes = pdf && readDocument(pdf.file)
  if (!pdf || !bytes) return notFound()
  countDownload(pdf.articleId)
  return new Response(new Uint8Array(bytes), {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="${pdf.slug}.pdf"`,
      'Content-Length': String(bytes.length),
      // For this member only: no shared cache may keep it.
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  })
}
