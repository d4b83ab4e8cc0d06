import { describe, expect, it } from 'vitest'
import { hitRateLimit, hitRateLimits, loginAttempt, mailLinkRequest, rateLimitRules, retryMessage } from './rate-limits'

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

  it('stops at the first rule over its limit, so a refused client uses up nothing others share', () => {
    const ip = '203.0.113.9'
    for (let i = 0; i < rateLimitRules.mailLinkPerIp.limit; i++) hitRateLimit('mailLinkPerIp', ip, start)
    for (let i = 0; i < 10; i++) {
      expect(hitRateLimits(mailLinkRequest('owner@example.com', ip), start).ok).toBe(false)
    }
    expect(hitRateLimits(mailLinkRequest('owner@example.com', '198.51.100.7'), start)).toEqual({ ok: true })
  })

  it('keeps an account open to its owner while another client floods it', () => {
    const attacker = '203.0.113.66'
    for (let i = 0; i < 50; i++) hitRateLimits(loginAttempt('victim@example.com', attacker), start)
    expect(hitRateLimits(loginAttempt('victim@example.com', attacker), start).ok).toBe(false)
    expect(hitRateLimits(loginAttempt('victim@example.com', '198.51.100.8'), start)).toEqual({ ok: true })
  })

  it('says when to retry in whole minutes', () => {
    expect(retryMessage(30)).toBe('Too many attempts. Try again in 1 minute.')
    expect(retryMessage(601)).toBe('Too many attempts. Try again in 11 minutes.')
  })
})
