import { insertSeminar, publishedSlugs, testDb } from './support/db'
import { expect, test } from './support/fixtures'
import { callAction, cookieHeader, createAccount } from './support/staff'

// The members' own actions (like, profile, seminar seats, gift links), called the way a forged request would call them: without
// a session (also with the header of CVE-2025-29927), and with a member's session but from another site. The
// database shows nothing changed.

const forgedMiddleware = { 'x-middleware-subrequest': 'middleware:middleware:middleware:middleware:middleware' }

function snapshot(userId: number, articleId: number, seminarId: number) {
  return {
    signups: testDb().prepare('select count(*) as n from seminar_signups where article_id = ?').get(seminarId),
    user: testDb().prepare('select name, email, password_hash, session_version from users where id = ?').get(userId),
    likes: testDb().prepare('select count(*) as n from article_likes where user_id = ?').get(userId),
    // Anyone's: an action that lost its session check could write as some other account.
    articleLikes: testDb().prepare('select count(*) as n from article_likes where article_id = ?').get(articleId),
    tokens: testDb().prepare('select count(*) as n from auth_tokens where user_id = ?').get(userId),
    settings: testDb().prepare('select * from settings').get(),
    // The member's gift links (created or revoked), and anyone's for the article.
    gifts: testDb().prepare('select count(*) as n, count(revoked_at) as revoked from gift_links where giver_id = ? or article_id = ?').get(userId, articleId),
  }
}

test("members' actions without a session, or from another site, change nothing", async ({ request }) => {
  const member = await createAccount('reader', 'Guarded Member')
  const admin = await createAccount('admin')
  const seminar = insertSeminar(5)
  // The member holds a seat, so that giving it up without a session would show.
  testDb().prepare("insert into seminar_signups (article_id, user_id, status) values (?, ?, 'confirmed')").run(seminar.id, member.id)
  const { id: articleId } = testDb().prepare('select id from articles where slug = ?').get(publishedSlugs()[11]) as { id: number }
  // A gift link of the member's, so that revoking it without a session would show.
  const giftLinkId = testDb()
    .prepare("insert into gift_links (token_hash, article_id, giver_id, expires_at) values (hex(randomblob(32)), ?, ?, unixepoch() + 86400)")
    .run(articleId, member.id).lastInsertRowid
  const calls: [string, Parameters<typeof callAction>[2], string][] = [
    ['changeName', { fields: { name: 'Forged' } }, '/account'],
    ['changeEmail', { fields: { email: 'forged@example.com' } }, '/account'],
    ['resendVerification', { fields: {} }, '/account'],
    ['changePassword', { fields: { currentPassword: member.password, password: 'forged passphrase', confirm: 'forged passphrase' } }, '/account'],
    ['deleteProfile', { fields: { currentPassword: member.password } }, '/account'],
    ['logOutEverywhere', { args: [] }, '/account'],
    ['likeArticle', { args: [articleId, true] }, `/articles/${publishedSlugs()[11]}`],
    ['takeSeminarSeat', { args: [seminar.id] }, `/articles/${seminar.slug}`],
    ['giveUpSeminarSeat', { args: [seminar.id] }, `/articles/${seminar.slug}`],
    ['giveArticle', { args: [articleId] }, `/articles/${publishedSlugs()[11]}`],
    ['revokeGift', { fields: { giftLinkId: String(giftLinkId) } }, '/account'],
  ]
  const before = snapshot(member.id, articleId, seminar.id)
  const memberCookie = await cookieHeader(member)
  for (const [action, call, path] of calls) {
    for (const headers of [{}, forgedMiddleware]) {
      const anonymous = await callAction(request, action, call, { path, headers })
      expect(anonymous.status(), `${action} anonymous`).toBeLessThan(500)
      expect(snapshot(member.id, articleId, seminar.id), `${action} anonymous`).toEqual(before)
    }
    const crossSite = await callAction(request, action, call, {
      path,
      cookie: memberCookie,
      headers: { origin: 'https://evil.example' },
    })
    expect(crossSite.status(), `${action} from another site`).toBe(403)
    expect(snapshot(member.id, articleId, seminar.id), `${action} from another site`).toEqual(before)
  }
  const settings = await callAction(
    request,
    'saveSettings',
    { fields: { siteName: 'Forged', tagline: '', teaserParagraphs: '3', dateFormat: 'DD-MM-YYYY', giftLinksPerMonth: '5' } },
    { path: '/admin/settings', cookie: await cookieHeader(admin), headers: { origin: 'https://evil.example' } },
  )
  expect(settings.status()).toBe(403)
  expect(snapshot(member.id, articleId, seminar.id)).toEqual(before)
})
