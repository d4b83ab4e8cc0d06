// Article Markdown is rendered and sanitised once, at save time, into a public teaser and a members-only body.
// Pure (no database, no secrets), so the seed script uses it too.
import { marked, type Token } from 'marked'
import sanitizeHtml from 'sanitize-html'

// A line holding only `--- members only ---` (spaces and case aside) ends the public teaser.
const markerLine = /^[ \t]*---[ \t]*members only[ \t]*---[ \t]*$/im

export type SplitMarkdown = { teaser: string; body: string }

/**
 * The teaser ends at the members-only marker line; without one, after the first `teaserParagraphs` paragraphs.
 */
export function splitArticleMarkdown(markdown: string, teaserParagraphs: number): SplitMarkdown {
  const marker = markerLine.exec(markdown)
  if (marker) {
    return {
      teaser: markdown.slice(0, marker.index).trim(),
      body: markdown.slice(marker.index + marker[0].length).trim(),
    }
  }
  const tokens = marked.lexer(markdown)
  let paragraphs = 0
  let cut = tokens.length
  for (const [i, token] of tokens.entries()) {
    if (token.type === 'paragraph' && ++paragraphs === teaserParagraphs) {
      cut = i + 1
      break
    }
  }
  const raw = (part: Token[]) => part.map((token) => token.raw).join('').trim()
  return { teaser: raw(tokens.slice(0, cut)), body: raw(tokens.slice(cut)) }
}

const sanitizeOptions: sanitizeHtml.IOptions = {
  allowedTags: [
    'p', 'h2', 'h3', 'h4', 'ul', 'ol', 'li', 'blockquote', 'strong', 'em', 'del',
    'a', 'code', 'pre', 'hr', 'br', 'img', 'table', 'thead', 'tbody', 'tr', 'th', 'td',
  ],
  allowedAttributes: { a: ['href', 'title', 'rel'], img: ['src', 'alt', 'title'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['http', 'https'] },
  allowProtocolRelative: false,
  transformTags: { a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer' }) },
}

export function renderMarkdown(markdown: string): string {
  const html = marked.parse(markdown, { async: false, gfm: true })
  return sanitizeHtml(html, sanitizeOptions)
}

const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"' }

/** Plain text of sanitised HTML, for the search index. */
export function htmlToText(html: string): string {
  const text = sanitizeHtml(html, { allowedTags: [], allowedAttributes: {} })
  // sanitize-html re-escapes just these four in text; undo that.
  return text.replace(/&(amp|lt|gt|quot);/g, (entity) => entities[entity]).replace(/\n{2,}/g, '\n').trim()
}

export function renderArticle(markdown: string, teaserParagraphs: number) {
  const { teaser, body } = splitArticleMarkdown(markdown, teaserParagraphs)
  const teaserHtml = renderMarkdown(teaser)
  const bodyHtml = renderMarkdown(body)
  return { teaserHtml, bodyHtml, teaserText: htmlToText(teaserHtml), bodyText: htmlToText(bodyHtml) }
}
