import { ArticleView, articleMetadata, articleStaticParams } from '@/app/_components/article/article-view'

export const generateStaticParams = articleStaticParams
export const generateMetadata = articleMetadata

export default async function ReaderArticlePage({ params }: PageProps<'/r/articles/[slug]'>) {
  return <ArticleView slug={(await params).slug} variant="reader" />
}
