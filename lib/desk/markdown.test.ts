import { describe, expect, it } from 'vitest'
import { renderArticle, renderMarkdown, splitArticleMarkdown } from './markdown'

const paragraphs = (n: number) => Array.from({ length: n }, (_, i) => `Paragraph ${i + 1}.`).join('\n\n')

describe('splitArticleMarkdown', () => {
  it('cuts the teaser at the members-only marker', () => {
    const { teaser, body } = splitArticleMarkdown('One.\n\nTwo.\n\n--- members only ---\n\nThree.\n\nFour.', 3)
    expect(teaser).toBe('One.\n\nTwo.')
    expect(body).toBe('Three.\n\nFour.')
  })

  it('accepts the marker with extra spaces and any case, and uses only the first one', () => {
    const { teaser, body } = splitArticleMarkdown('One.\n\n  ---  Members Only ---  \n\nTwo.\n\n--- members only ---\n\nThree.', 3)
    expect(teaser).toBe('One.')
    expect(body).toBe('Two.\n\n--- members only ---\n\nThree.')
  })

  it('without a marker, keeps the first N paragraphs public', () => {
    const { teaser, body } = splitArticleMarkdown(paragraphs(6), 3)
    expect(teaser).toBe('Paragraph 1.\n\nParagraph 2.\n\nParagraph 3.')
    expect(body).toBe('Paragraph 4.\n\nParagraph 5.\n\nParagraph 6.')
  })

  it('counts paragraphs only, so headings and lists stay with their paragraph', () => {
    const { teaser, body } = splitArticleMarkdown('## Intro\n\nOne.\n\n- a\n- b\n\nTwo.\n\nThree.', 2)
    expect(teaser).toBe('## Intro\n\nOne.\n\n- a\n- b\n\nTwo.')
    expect(body).toBe('Three.')
  })

  it('makes everything the teaser when the article is shorter than N paragraphs', () => {
    expect(splitArticleMarkdown(paragraphs(2), 3)).toEqual({ teaser: 'Paragraph 1.\n\nParagraph 2.', body: '' })
  })

  it('does not treat a marker inside a sentence as the divider', () => {
    const { teaser } = splitArticleMarkdown('We write --- members only --- inline.\n\nTwo.', 1)
    expect(teaser).toBe('We write --- members only --- inline.')
  })
})

describe('renderMarkdown', () => {
  it('renders Markdown to HTML', () => {
    expect(renderMarkdown('## Title\n\nSome **bold** text.')).toBe('<h2>Title</h2>\n<p>Some <strong>bold</strong> text.</p>\n')
  })

  it('strips scripts, event handlers and javascript: links', () => {
    const html = renderMarkdown(
      '<script>alert(1)</script>\n\n<img src="x" onerror="alert(2)">\n\n[click](javascript:alert(3))\n\n<a href="javascript:alert(4)">x</a>',
    )
    expect(html).not.toMatch(/<script|onerror|javascript:/i)
  })

  it('marks links noopener', () => {
    expect(renderMarkdown('[site](https://example.com)')).toContain('rel="noopener noreferrer"')
  })
})

describe('renderArticle', () => {
  it('renders teaser and body separately, as HTML and as plain text', () => {
    const rendered = renderArticle('Public & *open*.\n\n--- members only ---\n\n## Secret\n\nOnly <for> "members".', 3)
    expect(rendered).toEqual({
      teaserHtml: '<p>Public &amp; <em>open</em>.</p>\n',
      bodyHtml: '<h2>Secret</h2>\n<p>Only  "members".</p>\n',
      teaserText: 'Public & open.',
      bodyText: 'Secret\nOnly  "members".',
    })
  })
})
