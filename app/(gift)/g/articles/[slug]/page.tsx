import type { Metadata } from 'next'
import { ArticleView, articleMetadata, articleStaticParams } from '@/app/_components/article/article-view'

export const generateStaticParams = articleStaticParams

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ gift?: string | string[] }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { ...(await articleMetadata({ params })), robots: { index: false, follow: false } }
}

export default async function GiftArticlePage({ params, searchParams }: Props) {
  // Read under the article's Suspense boundary, so the page's public shell stays the cached one.
  const gift = searchParams.then(({ gift }) => (typeof gift === 'string' ? gift : ''))
  return <ArticleView slug={(await params).slug} variant="gift" gift={gift} />
}
