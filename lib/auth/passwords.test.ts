import { describe, expect, it } from 'vitest'
import { isCommonPassword, passwordSchema } from './passwords'

const message = (password: string) => passwordSchema.safeParse(password).error?.issues[0]?.message

describe('passwordSchema', () => {
  it('wants 8 to 128 characters', () => {
    expect(message('short')).toBe('Use at least 8 characters.')
    expect(message('x'.repeat(129))).toBe('Use at most 128 characters.')
    expect(message('correct horse battery staple 42')).toBeUndefined()
  })

  it('refuses the most common passwords, whatever their case', () => {
    for (const common of ['password', 'Password1', 'qwertyuiop', '12345678', 'iloveyou']) {
      expect(isCommonPassword(common), common).toBe(true)
      expect(message(common)).toBe('This password is one of the most common ones. Choose another.')
    }
  })
})
