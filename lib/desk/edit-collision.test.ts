import { describe, expect, it } from 'vitest'
import { newArticleFormValues, type ArticleFormValues } from './article-form'
import { mergeEdits, sameValue } from './edit-collision'

const base: ArticleFormValues = { ...newArticleFormValues, title: 'Title', lede: 'Old lede.', markdown: 'Old body.\n\nMore.', coauthorIds: [1, 2] }

describe('mergeEdits', () => {
  it('takes the fields only they changed, keeps the ones only I changed, and lists the ones we both changed', () => {
    const mine = { ...base, markdown: 'My body.', title: 'My title' }
    const theirs = { ...base, lede: 'Their lede.', title: 'Their title' }
    expect(mergeEdits(base, mine, theirs)).toEqual({
      values: { ...base, lede: 'Their lede.', markdown: 'My body.', title: 'My title' },
      theirChanges: ['lede'],
      bothChanged: [{ field: 'title', theirs: 'Their title' }],
    })
  })

  it('counts the same change made by both as no collision', () => {
    const same = { ...base, lede: 'Same new lede.' }
    expect(mergeEdits(base, same, same)).toEqual({ values: same, theirChanges: [], bothChanged: [] })
  })

  it('without the base version, takes nothing over unseen: every difference is shown', () => {
    const mine = { ...base, markdown: 'My body.' }
    const theirs = { ...base, lede: 'Their lede.' }
    const merged = mergeEdits(null, mine, theirs)
    expect(merged.values).toEqual(mine)
    expect(merged.bothChanged.map((choice) => choice.field)).toEqual(['lede', 'markdown'])
  })
})

describe('sameValue', () => {
  it('reads CRLF line breaks, surrounding space and the order of co-authors as no change', () => {
    expect(sameValue('One.\r\n\r\nTwo. ', 'One.\n\nTwo.')).toBe(true)
    expect(sameValue([2, 1], [1, 2])).toBe(true)
    expect(sameValue([1], [1, 2])).toBe(false)
    expect(sameValue(true, false)).toBe(false)
  })
})
