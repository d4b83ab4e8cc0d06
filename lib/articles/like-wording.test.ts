import { describe, expect, it } from 'vitest'
import { likeWording } from './like-wording'

describe('likeWording', () => {
  it.each([
    [{ count: 0, liked: false }, 'Be the first to like this.'],
    [{ count: 1, liked: false }, '1 person likes this'],
    [{ count: 2, liked: false }, '2 people like this'],
    [{ count: 1, liked: true }, 'You like this'],
    [{ count: 2, liked: true }, 'You and 1 other like this'],
    [{ count: 5, liked: true }, 'You and 4 others like this'],
  ])('%o → %s', (state, wording) => {
    expect(likeWording(state)).toBe(wording)
  })
})
