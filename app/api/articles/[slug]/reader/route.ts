import { getReaderParts } from '@/app/_components/article/reader-parts'
import { getViewer } from '@/lib/auth/session'

// For this reader only (the session decides), so no cache may keep it, whoever asks.
const headers = { 'Cache-Control': 'private, no-store' }

/** The reader's own parts of an article page (ReaderParts): the static reader variant asks for them. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const parts = getReaderParts((await params).slug, await getViewer())
  if (!parts) return Response.json({ message: 'There is no such article.' }, { status: 404, headers })
  return Response.json(parts, { headers })
}
