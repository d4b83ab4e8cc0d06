import 'server-only'
import type { ArticleForEditing } from '@/lib/desk/articles'
import { uploadPath } from '@/lib/core/paths'
import { formatMegabytes } from '@/lib/files/limits'
import { listAuthors } from '@/lib/articles/authors'
import { listSections } from '@/lib/articles/sections'
import { listTags } from '@/lib/articles/tags'
import type { EditorArticle } from './article-editor'

/** The choices the editor offers: sections, authors and the tags in use. */
export function editorOptions() {
  return {
    sections: listSections().map(({ id, name, kind }) => ({ id, name, kind })),
    authors: listAuthors().map(({ id, name }) => ({ id, name })),
    knownTags: listTags().map((tag) => tag.name),
  }
}

/** The stored article as the editor's props. */
export function toEditorArticle(article: ArticleForEditing): EditorArticle {
  const { publication } = article.details
  return {
    id: article.id,
    version: article.version,
    slug: article.slug,
    status: article.status,
    values: article.values,
    coverImageUrl: article.coverImagePath ? uploadPath(article.coverImagePath) : null,
    pdf: publication && { size: formatMegabytes(publication.pdfBytes), downloads: publication.downloads },
  }
}
