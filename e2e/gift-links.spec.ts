import { eventCount, insertArticle, membersOnlySentence, testDb } from './support/db'
import { clientAddress, expect, test } from './support/fixtures'
import { createAccount, pageAs } from './support/staff'

const wall = 'Sorry! You are not logged in.'

function giftOf(articleId: number) {
  return testDb().prepare('select id, opens from gift_links where article_id = ?').get(articleId) as { id: number; opens: number } | undefined
}

test('a member gives an article: a fresh browser reads it, without the token or with a wrong, revoked or expired one it gets the wall, and the sixth link in a month is refused', async ({
  browser,
}) => {
  const giver = await createAccount('reader', 'Anna Example')
  const member = await pageAs(browser, giver)
  const articles = Array.from({ length: 6 }, () => insertArticle())

  const links: string[] = []
  for (const article of articles.slice(0, 5)) {
    await member.goto(`/articles/${article.slug}`)
    await member.getByRole('button', { name: 'Give this article' }).click()
    const link = member.getByRole('textbox', { name: 'Gift link' })
    await expect(link).toHaveValue(new RegExp(`/articles/${article.slug}\\?gift=[A-Za-z0-9_-]{43}$`))
    links.push(await link.inputValue())
  }
  await member.goto(`/articles/${articles[5].slug}`)
  await member.getByRole('button', { name: 'Give this article' }).click()
  await expect(member.getByText(/You have given all 5 of this month’s gift links\. You can give more from \d+ \w+\./)).toBeVisible()
  expect(giftOf(articles[5].id)).toBeUndefined()

  // A member who opens a gift link reads the article as a member (the link is not counted as opened).
  await member.goto(links[0])
  await expect(member.getByText(membersOnlySentence(articles[0].slug))).toBeVisible()
  await expect(member.getByRole('complementary', { name: 'Gift' })).toHaveCount(0)

  // A reader without a profile opens the first link in a browser of their own.
  const friend = await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': clientAddress() } })
  const reader = await friend.newPage()
  const [first] = articles
  const response = await reader.goto(links[0])
  expect(response?.headers()['cache-control']).toBe('private, no-store')
  expect(response?.headers()['x-robots-tag']).toBe('noindex, nofollow')
  await expect(reader.getByText(membersOnlySentence(first.slug))).toBeVisible()
  await expect(reader.getByRole('complementary', { name: 'Gift' })).toHaveText('A gift from Anna. Create a free profile to read everything.')
  await expect(reader.getByRole('link', { name: 'Create a free profile to read everything.' })).toHaveAttribute(
    'href',
    `/register?callbackUrl=${encodeURIComponent(`/articles/${first.slug}`)}`,
  )
  expect(await reader.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex, nofollow')
  expect(await reader.content()).not.toContain(giver.email)
  // The page's beacon counts the opening, once.
  await expect.poll(() => giftOf(first.id)?.opens).toBe(1)
  await expect.poll(() => eventCount(first.id, 'gift-open')).toBe(1)

  async function expectWall(url: string, why: string) {
    const page = await friend.newPage()
    await page.goto(url)
    await expect(page.getByRole('heading', { name: wall }), why).toBeVisible()
    expect(await page.content(), why).not.toContain(membersOnlySentence(new URL(url, 'http://x').pathname.split('/')[2]))
    await page.close()
  }
  await expectWall(`/articles/${first.slug}`, 'no token')
  await expectWall(`/articles/${first.slug}?gift=${'A'.repeat(43)}`, 'a wrong token')
  await expectWall(`/articles/${first.slug}?gift=`, 'an empty token')
  // A token opens its own article only.
  await expectWall(`/articles/${articles[1].slug}?gift=${new URL(links[0]).searchParams.get('gift')}`, 'another article’s token')

  // Revoked from /account.
  await member.goto('/account')
  await member.getByRole('form', { name: `Revoke the gift link to ${articles[1].title}` }).getByRole('button', { name: 'Revoke' }).click()
  // The row says so at once (the form that would have said "withdrawn" goes with it).
  await expect(member.getByRole('row', { name: new RegExp(articles[1].title) })).toContainText('Revoked')
  await expectWall(links[1], 'a revoked token')

  // Expired: its 30 days are over.
  testDb().prepare('update gift_links set expires_at = unixepoch() - 1 where article_id = ?').run(articles[2].id)
  await expectWall(links[2], 'an expired token')
  await member.reload()
  await expect(member.getByRole('row', { name: new RegExp(articles[2].title) })).toContainText('Expired')
  await expect(member.getByRole('row', { name: new RegExp(first.title) }).getByRole('cell').nth(3)).toHaveText('1')

  // A link that still works still works, and the plain address never learned anything from it.
  await expectWall(`/articles/${articles[3].slug}`, 'the plain address')
  const stillWorks = await friend.newPage()
  await stillWorks.goto(links[3])
  await expect(stillWorks.getByText(membersOnlySentence(articles[3].slug))).toBeVisible()
  await friend.close()
})

test('the gift variant cannot be asked for directly, and a forged token never errs', async ({ request }) => {
  const { slug } = insertArticle()
  expect((await request.get(`/g/articles/${slug}?gift=${'A'.repeat(43)}`)).status()).toBe(404)
  for (const token of ["'; drop table gift_links; --", '%00', 'x'.repeat(5000), '<script>alert(1)</script>']) {
    const response = await request.get(`/articles/${slug}?gift=${encodeURIComponent(token)}`)
    expect(response.status(), token).toBe(200)
    const html = await response.text()
    expect(html).toContain(wall)
    expect(html).not.toContain(membersOnlySentence(slug))
  }
  expect((await request.get(`/articles/${slug}/pdf?gift=${'A'.repeat(43)}`, { maxRedirects: 0 })).status()).toBe(303)
})
