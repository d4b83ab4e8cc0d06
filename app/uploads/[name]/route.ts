import { notFoundResponse } from '@/lib/core/responses'
import { openUpload } from '@/lib/files/images'

// Cover images are public (they appear on teaser pages). Names are random and never reused, so they cache forever.
export async function GET(_request: Request, { params }: { params: Promise<{ name: string }> }) {
  const upload = openUpload((await params).name)
  if (!upload) return notFoundResponse('Not found')
  return new Response(new Uint8Array(upload.bytes), {
    headers: {
      'Content-Type': upload.contentType,
      'Cache-Control': 'public, max-age=31536000, immutable',
      'X-Content-Type-Options': 'nosniff',
    },
  })
}
