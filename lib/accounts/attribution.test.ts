import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { db } from '@/db/client'
import { signupAttributions, users } from '@/db/schema'
import { createGiftLink } from '@/lib/articles/gift-links'
import { insertArticle, insertUser, memberViewer } from '@/lib/testing/fixtures'
import { attributionFields, getAttribution, returnPathOf } from './attribution'
import { createReader, deleteAccount, exportUserData } from './profile'

const landing = z.object(attributionFields)
const empty = { referrerHost: '', utmSource: '', utmMedium: '', utmCampaign: '', gift: '' }

describe('attribution fields', () => {
  it('keep a host, lower-cased, and UTM values in a safe set of characters', () => {
    expect(landing.parse({ referrerHost: 'News.Example.COM', utmSource: 'newsletter', utmMedium: 'e-mail', utmCampaign: 'Forår 2026/uge 3', gift: '' })).toEqual({
      referrerHost: 'news.example.com',
      utmSource: 'newsletter',
      utmMedium: 'e-mail',
      utmCampaign: 'Forår 2026/uge 3',
      gift: null,
    })
  })

  it('drop hostile, malformed and over-long values instead of refusing the registration', () => {
    const hostile = [
      '<script>alert(1)</script>',
      "' or 1=1 --",
      '=HYPERLINK("http://evil")',
      '-2+3',
      '@SUM(A1)',
      'a\u0000b',
      'x'.repeat(101),
      ' ',
    ]
    for (const value of hostile) {
      expect(landing.parse({ ...empty, utmSource: value, utmMedium: value, utmCampaign: value }), value).toEqual({
        referrerHost: null,
        utmSource: null,
        utmMedium: null,
        utmCampaign: null,
        gift: null,
      })
    }
    for (const host of ['https://evil.example/', 'evil.example:8080', 'a..b', '-a.example', `${'a'.repeat(64)}.example`, `${'a.'.repeat(130)}example`, 'ex ample.com']) {
      expect(landing.parse({ ...empty, referrerHost: host }).referrerHost, host).toBeNull()
    }
    expect(landing.parse({ ...empty, gift: 'not-a-token' }).gift).toBeNull()
  })

  it('keep only the path of the return address, never its query (which may hold a token)', () => {
    expect(returnPathOf('/articles/a-b?gift=abc#x')).toBe('/articles/a-b')
    expect(returnPathOf('/')).toBe('/')
  })
})

describe('recording where a member came from', () => {
  it('writes one row with the registration, credits the article and the gift link, exports it and deletes it with the account', async () => {
    const article = insertArticle()
    const gift = createGiftLink(memberViewer(insertUser()), article.id)
    if (!gift.ok) throw new Error('no gift')
    const values = landing.parse({ referrerHost: 'www.linkedin.com', utmSource: 'newsletter', utmMedium: 'email', utmCampaign: '', gift: gift.token })
    const created = await createReader(
      { name: 'New Reader', email: 'attributed@example.com', password: 'a long enough password' },
      { callbackUrl: `/articles/${article.slug}?x=1`, landing: values },
    )
    if (!created.ok) throw new Error('not created')
    const row = db.select().from(signupAttributions).where(eq(signupAttributions.userId, created.userId)).get()
    expect(row).toMatchObject({ returnPath: `/articles/${article.slug}`, articleId: article.id, referrerHost: 'www.linkedin.com', utmSource: 'newsletter', utmMedium: 'email', utmCampaign: null })
    expect(row?.giftLinkId).toEqual(expect.any(Number))
    expect(exportUserData(created.userId)?.signedUpFrom).toMatchObject({ returnPath: `/articles/${article.slug}`, article: article.title, utmSource: 'newsletter', viaGiftLink: true })

    expect(deleteAccount(created.userId)).toMatchObject({ ok: true })
    expect(db.select().from(users).where(eq(users.id, created.userId)).get()).toBeUndefined()
    expect(getAttribution(created.userId)).toBeNull()
  })

  it('credits no article for a return path that is not a public article', async () => {
    const draft = insertArticle({ status: 'draft' })
    for (const [i, callbackUrl] of [`/articles/${draft.slug}`, '/articles/%FF', '/sections/articles', '/'].entries()) {
      const created = await createReader(
        { name: 'Reader', email: `unattributed-${i}@example.com`, password: 'a long enough password' },
        { callbackUrl, landing: landing.parse(empty) },
      )
      if (!created.ok) throw new Error('not created')
      expect(db.select().from(signupAttributions).where(eq(signupAttributions.userId, created.userId)).get()?.articleId).toBeNull()
    }
  })
})
