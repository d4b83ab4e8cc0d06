import { describe, expect, it } from 'vitest'
import { db } from '@/db/client'
import { settings } from '@/db/schema'
import { defaultSettings } from '@/lib/core/settings'
import { insertArticle, insertUser, memberViewer } from '@/lib/testing/fixtures'
import { createGiftLink, findGiftLinkId, firstName, getGiftAllowance, giftsLeft, isGiftTokenShaped, listGiftLinks, quotaMonth, recordGiftOpen } from './gift-links'

describe('gift quota', () => {
  it('counts calendar months in UTC', () => {
    expect(quotaMonth(new Date('2026-07-31T23:59:59Z'))).toEqual({ start: new Date('2026-07-01T00:00:00Z'), next: new Date('2026-08-01T00:00:00Z') })
    expect(quotaMonth(new Date('2026-12-15T12:00:00Z')).next).toEqual(new Date('2027-01-01T00:00:00Z'))
  })

  it('leaves none once the month’s links are used, and never fewer than none', () => {
    expect(giftsLeft(0, 5)).toBe(5)
    expect(giftsLeft(4, 5)).toBe(1)
    expect(giftsLeft(5, 5)).toBe(0)
    expect(giftsLeft(7, 5)).toBe(0)
    expect(giftsLeft(0, 0)).toBe(0)
  })

  it('refuses the sixth link of a month, counting revoked ones, and starts again next month', () => {
    db.insert(settings).values({ ...defaultSettings, giftLinksPerMonth: 5 }).onConflictDoUpdate({ target: settings.id, set: { giftLinksPerMonth: 5 } }).run()
    const giver = memberViewer(insertUser())
    const article = insertArticle()
    const june = new Date('2026-06-10T10:00:00Z')
    const made = Array.from({ length: 5 }, () => createGiftLink(giver, article.id, june))
    expect(made.map((result) => result.ok && result.left)).toEqual([4, 3, 2, 1, 0])
    expect(createGiftLink(giver, article.id, june)).toEqual({ ok: false, reason: 'quota', perMonth: 5, resetsAt: new Date('2026-07-01T00:00:00Z') })
    expect(createGiftLink(giver, article.id, new Date('2026-07-01T00:00:01Z'))).toMatchObject({ ok: true, left: 4 })
    expect(getGiftAllowance(giver.id, new Date('2026-07-02T00:00:00Z'))).toMatchObject({ perMonth: 5, left: 4 })
    expect(listGiftLinks(giver.id)).toHaveLength(6)
  })

  it('gives no link for an article readers cannot see', () => {
    const giver = memberViewer(insertUser())
    expect(createGiftLink(giver, insertArticle({ status: 'draft' }).id)).toEqual({ ok: false, reason: 'not-found' })
    expect(createGiftLink(giver, 987654321)).toEqual({ ok: false, reason: 'not-found' })
  })
})

describe('gift tokens', () => {
  it('are 43 characters of base64url, and nothing else is looked up', () => {
    const gift = createGiftLink(memberViewer(insertUser()), insertArticle().id)
    if (!gift.ok) throw new Error('no gift')
    expect(isGiftTokenShaped(gift.token)).toBe(true)
    for (const forged of ['', 'a'.repeat(42), 'a'.repeat(44), `${'a'.repeat(42)}=`, "' or 1=1 --", 42, null]) {
      expect(isGiftTokenShaped(forged)).toBe(false)
      expect(findGiftLinkId(forged)).toBeNull()
    }
    expect(findGiftLinkId(gift.token)).toEqual(expect.any(Number))
  })

  it('count an opening only for a working link to its own article', () => {
    const article = insertArticle()
    const giver = memberViewer(insertUser())
    const gift = createGiftLink(giver, article.id)
    if (!gift.ok) throw new Error('no gift')
    expect(recordGiftOpen(gift.token, article.id)).toBe(true)
    expect(recordGiftOpen(gift.token, article.id + 1)).toBe(false)
    expect(recordGiftOpen('x'.repeat(43), article.id)).toBe(false)
    expect(listGiftLinks(giver.id)[0].opens).toBe(1)
  })

  it('name the giver by their first name only', () => {
    expect(firstName('  Anna   Maria Jensen ')).toBe('Anna')
    expect(firstName('Bo')).toBe('Bo')
  })
})
