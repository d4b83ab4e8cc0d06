import { ArticleView, articleMetadata, articleStaticParams } from '@/app/_components/article/article-view'

export const generateStaticParams = articleStaticParams
export const generateMetadata = articleMetadata

export default async function ReaderArticlePage({ params }: { params: Promise<{ slug: string }> }) {
  return <ArticleView slug={(await params).slug} variant="reader" />
}
