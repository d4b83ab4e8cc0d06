import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { ImageResponse } from 'next/og'
import { getCachedArticle, getCachedSettings } from '@/lib/articles/cached'

const size = { width: 1200, height: 630 }

// Shipped with the app (SIL Open Font License), so the image renders the same offline. Read once per process.
const font = readFile(path.join(process.cwd(), 'assets/fonts/source-serif-4-latin-700-normal.woff'))

/** The Open Graph image of an article (see lib/core/urls.ts articleImageUrl): title, section, author and site name. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const [cached, { siteName }] = await Promise.all([getCachedArticle((await params).slug, '/og.png'), getCachedSettings()])
  if (!cached) return new Response('No such article.', { status: 404 })
  const { article } = cached
  return new ImageResponse(
    (
      <div
        style={{
          width: '100%',
          height: '100%',
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'space-between',
          padding: 72,
          background: '#ffffff',
          borderTop: '24px solid #9d1d2c',
          fontFamily: 'Source Serif 4',
          color: '#1c1c1c',
        }}
      >
        <div style={{ fontSize: 30, color: '#9d1d2c', textTransform: 'uppercase', letterSpacing: 2 }}>
          {article.sectionName}
        </div>
        <div style={{ fontSize: article.title.length > 70 ? 56 : 68, lineHeight: 1.15 }}>
          {article.title}
        </div>
        <div style={{ display: 'flex', justifyContent: 'space-between', fontSize: 28, color: '#565656' }}>
          <span>By {article.authorName}</span>
          <span>{siteName}</span>
        </div>
      </div>
    ),
    {
      ...size,
      headers: { 'Cache-Control': 'public, max-age=3600' },
      fonts: [{ name: 'Source Serif 4', data: await font, weight: 700, style: 'normal' }],
    },
  )
}
