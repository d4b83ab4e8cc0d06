import 'server-only'
import type { ArticleForEditing } from '@/lib/desk/articles'
import { toLocalDateTimeInput } from '@/lib/core/dates'
import { uploadPath } from '@/lib/core/paths'
import { formatMegabytes } from '@/lib/files/limits'
import { listAuthors } from '@/lib/articles/authors'
import { listSections } from '@/lib/articles/sections'
import { listTags } from '@/lib/articles/tags'
import type { EditorArticle } from './article-editor'
import type { EditorDetails } from './kind-fields'

/** The choices the editor offers: sections, authors and the tags in use. */
export function editorOptions() {
  return {
    sections: listSections().map(({ id, name, kind }) => ({ id, name, kind })),
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
    sectionId: article.sectionId,
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
    details: toEditorDetails(article.details),
  }
}

function toEditorDetails({ talk, seminar, publication }: ArticleForEditing['details']): EditorDetails {
  return {
    speaker: talk?.speaker ?? '',
    talkMinutes: talk ? String(talk.durationMinutes) : '',
    videoUrl: talk?.videoUrl ?? '',
    startsAtInput: seminar ? toLocalDateTimeInput(seminar.startsAt).slice(0, 16) : '',
    seminarMinutes: seminar ? String(seminar.durationMinutes) : '',
    venue: seminar?.venue ?? '',
    capacity: seminar ? String(seminar.capacity) : '',
    pdf: publication && {
      size: formatMegabytes(publication.pdfBytes),
      downloads: publication.downloads,
    },
  }
}
