import { describe, expect, it } from 'vitest'
import { safeCallbackUrl } from './redirects'

describe('safeCallbackUrl', () => {
  it.each([
    ['/articles/some-slug', '/articles/some-slug'],
    ['/search?q=a%20b#top', '/search?q=a%20b#top'],
    ['/a/../b', '/b'],
  ])('keeps the same-site path %s', (input, expected) => {
    expect(safeCallbackUrl(input)).toBe(expected)
  })

  it.each([
    'https://evil.example',
    'http://evil.example/articles/x',
    '//evil.example',
    '/\\evil.example',
    '\\\\evil.example',
    '/\tevil',
    '/..//evil.example',
    '/.//evil.example',
    '/a/..//evil.example',
    '/%2e%2e//evil.example',
    'javascript:alert(1)',
    'articles/relative',
    '',
    undefined,
    null,
    ['/articles/x'],
  ])('sends %o to /', (input) => {
    expect(safeCallbackUrl(input)).toBe('/')
  })
})
