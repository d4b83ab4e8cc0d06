import 'server-only'
import type { ArticleForEditing } from '@/lib/admin-articles'
import { toLocalDateTimeInput } from '@/lib/dates'
import { uploadPath } from '@/lib/seo'
import { listAuthors, listSections, listTags } from '@/lib/taxonomy'
import type { EditorArticle } from './article-editor'

/** The choices the editor offers: sections, authors and the tags in use. */
export function editorOptions() {
  return {
    sections: listSections().map(({ id, name }) => ({ id, name })),
    authors: listAuthors().map(({ id, name }) => ({ id, name })),
    knownTags: listTags().map((tag) => tag.name),
  }
}

/** The stored article as the editor form's props. */
export function toEditorArticle(article: ArticleForEditing): EditorArticle {
  return {
    id: article.id,
    slug: article.slug,
    title: article.title,
    lede: article.lede,
    language: article.language,
    categoryId: article.categoryId,
    authorId: article.authorId,
    coauthorIds: article.coauthorIds,
    tagNames: article.tagNames,
    sourceMarkdown: article.sourceMarkdown,
    status: article.status,
    featured: article.featured,
    noindex: article.noindex,
    metaDescription: article.metaDescription,
    canonicalUrl: article.canonicalUrl,
    publishedAtInput: article.publishedAt ? toLocalDateTimeInput(article.publishedAt) : '',
    coverImageUrl: article.coverImagePath ? uploadPath(article.coverImagePath) : null,
    coverImageAlt: article.coverImageAlt,
  }
}
