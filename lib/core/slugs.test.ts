import { describe, expect, it } from 'vitest'
import { isSlug, slugify } from './slugs'

describe('slugify', () => {
  it('spells out æ, ø and å and drops other accents', () => {
    expect(slugify('Grøn æble-kage på 5 min')).toBe('groen-aeble-kage-paa-5-min')
    expect(slugify('ÆØÅ Café naïve')).toBe('aeoeaa-cafe-naive')
  })

  it('keeps only letters, digits and single hyphens', () => {
    expect(slugify('  Hello, World!  -- 2026 ')).toBe('hello-world-2026')
    expect(slugify("'; drop table articles; --")).toBe('drop-table-articles')
    expect(slugify('!!!')).toBe('')
  })

  it('makes slugs that isSlug accepts, however long the title', () => {
    const slug = slugify('word '.repeat(100))
    expect(isSlug(slug)).toBe(true)
  })
})

describe('isSlug', () => {
  it('accepts lower-case words joined by single hyphens only', () => {
    expect(isSlug('a-b-1')).toBe(true)
    for (const bad of ['', 'A', 'a--b', '-a', 'a-', 'a b', 'a/b', '..', 'æ']) expect(isSlug(bad)).toBe(false)
  })
})
