import { describe, expect, it } from 'vitest'
import { hitRateLimit, hitRateLimits, rateLimitRules, retryMessage } from './rate-limits'

const start = Date.parse('2026-06-01T12:00:00Z')

describe('rate limits', () => {
  it('trigger at the documented threshold and reset after the window', () => {
    for (const [rule, { limit, windowSeconds }] of Object.entries(rateLimitRules)) {
      const name = rule as keyof typeof rateLimitRules
      const subject = `${rule}@example.com`
      for (let i = 0; i < limit; i++) expect(hitRateLimit(name, subject, start + i * 1000)).toEqual({ ok: true })
      const over = hitRateLimit(name, subject, start + limit * 1000)
      expect(over).toEqual({ ok: false, retryAfterSeconds: windowSeconds - limit })
      expect(hitRateLimit(name, subject, start + windowSeconds * 1000 - 1)).toMatchObject({ ok: false })
      expect(hitRateLimit(name, subject, start + windowSeconds * 1000)).toEqual({ ok: true })
    }
  })

  it('counts each subject apart, case-insensitively', () => {
    const { limit } = rateLimitRules.mailLinkPerEmail
    for (let i = 0; i < limit; i++) hitRateLimit('mailLinkPerEmail', 'Flooded@Example.com', start)
    expect(hitRateLimit('mailLinkPerEmail', 'flooded@example.com', start).ok).toBe(false)
    expect(hitRateLimit('mailLinkPerEmail', 'someone-else@example.com', start).ok).toBe(true)
  })

  it('counts every rule given and reports the first one over', () => {
    const ip = '203.0.113.9'
    for (let i = 0; i < rateLimitRules.loginPerIp.limit; i++) hitRateLimit('loginPerIp', ip, start)
    const result = hitRateLimits([['loginPerAccount', 'fresh@example.com'], ['loginPerIp', ip]], start)
    expect(result.ok).toBe(false)
    expect(hitRateLimits([['loginPerAccount', 'fresh@example.com']], start)).toEqual({ ok: true })
  })

  it('says when to retry in whole minutes', () => {
    expect(retryMessage(30)).toBe('Too many attempts. Try again in 1 minute.')
    expect(retryMessage(601)).toBe('Too many attempts. Try again in 11 minutes.')
  })
})
