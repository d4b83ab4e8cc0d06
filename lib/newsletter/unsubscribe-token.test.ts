import { describe, expect, it } from 'vitest'
import { readUnsubscribeToken, unsubscribeToken } from './unsubscribe-token'

describe('unsubscribe tokens', () => {
  it('name the member and issue they were made for', () => {
    expect(readUnsubscribeToken(unsubscribeToken({ userId: 42, issueId: 7 }))).toEqual({ userId: 42, issueId: 7 })
  })

  it('refuse a token whose member or issue was changed, or that was cut, or is not one', () => {
    const [, , signature] = unsubscribeToken({ userId: 42, issueId: 7 }).split('.')
    expect(readUnsubscribeToken(`43.7.${signature}`)).toBeNull()
    expect(readUnsubscribeToken(`42.8.${signature}`)).toBeNull()
    // Another member's valid signature on one's own id: swapped.
    const other = unsubscribeToken({ userId: 43, issueId: 7 }).split('.')[2]
    expect(readUnsubscribeToken(`42.7.${other}`)).toBeNull()
    expect(readUnsubscribeToken(`42.7.${signature.slice(0, -1)}`)).toBeNull()
    for (const junk of ['', '42.7', 'a.b.c', `42.7.${signature}x`, 42, null, undefined]) expect(readUnsubscribeToken(junk)).toBeNull()
  })
})
