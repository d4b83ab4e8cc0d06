import { publishedSlugs, testDb } from './support/db'
import { linkIn, mailTo } from './support/mail'
import { expect, logInThroughForm, test } from './support/fixtures'
import { callAction } from './support/staff'

// The member's own profile at /account: name, email, password, sessions, their data and deleting it.

const slugs = publishedSlugs()
const userRow = (id: number) =>
  testDb().prepare('select email, email_verified_at from users where id = ?').get(id) as
    | { email: string; email_verified_at: number | null }
    | undefined

function likeThroughDb(memberId: number, slug: string) {
  testDb().prepare('insert into article_likes (article_id, user_id) select id, ? from articles where slug = ?').run(memberId, slug)
}

test('changing the email takes effect only through the link sent to the new address', async ({ reader, readerPage }) => {
  const newEmail = `moved-${Date.now()}@example.com`
  await readerPage.goto('/account')
  await readerPage.getByLabel('New email address').fill(newEmail)
  await readerPage.getByRole('button', { name: 'Change email' }).click()
  await expect(readerPage.getByText(`We have sent a link to ${newEmail}.`)).toBeVisible()
  expect(userRow(reader.id)?.email).toBe(reader.email)
  const mail = await mailTo(newEmail, 'Confirm your new email address')
  await readerPage.goto(linkIn(mail, '/verify-email?token='))
  await readerPage.getByRole('button', { name: 'Confirm my email address' }).click()
  await expect(readerPage.getByRole('status')).toHaveText('Your new email address is in use.')
  expect(userRow(reader.id)?.email).toBe(newEmail)
})

test('changing the password needs the current one and ends the other sessions', async ({ reader, readerPage, browser }) => {
  const other = await (await browser.newContext()).newPage()
  await logInThroughForm(other, reader)
  await readerPage.goto('/account')
  const newPassword = `changed-${reader.password}`
  await readerPage.getByLabel('Current password').fill('not-my-password')
  await readerPage.getByLabel('New password', { exact: true }).fill(newPassword)
  await readerPage.getByLabel('New password again').fill(newPassword)
  await readerPage.getByRole('button', { name: 'Change password' }).click()
  await expect(readerPage.getByText('That is not your current password.')).toBeVisible()
  await readerPage.getByLabel('Current password').fill(reader.password)
  await readerPage.getByLabel('New password', { exact: true }).fill(newPassword)
  await readerPage.getByLabel('New password again').fill(newPassword)
  await readerPage.getByRole('button', { name: 'Change password' }).click()
  await expect(readerPage.getByText('Every other session has been logged out.')).toBeVisible()
  await readerPage.reload()
  await expect(readerPage.getByText(`Logged in as ${reader.name}`)).toBeVisible()
  await other.reload()
  await expect(other.getByRole('link', { name: 'Log in' }).first()).toBeVisible()
})

test('the current password is checked like a login: the eleventh try in 15 minutes is refused unchecked', async ({
  reader,
  readerPage,
  request,
}) => {
  const cookie = (await readerPage.context().cookies()).map(({ name, value }) => `${name}=${value}`).join('; ')
  const newPassword = { password: 'a new passphrase', confirm: 'a new passphrase' }
  for (let i = 0; i < 10; i++) {
    const response = await callAction(request, 'changePassword', { fields: { currentPassword: `guess ${i}`, ...newPassword } }, { path: '/account', cookie })
    expect(await response.text()).toContain('That is not your current password.')
  }
  const hash = () => testDb().prepare('select password_hash from users where id = ?').get(reader.id)
  const before = hash()
  // The right password now: refused all the same (deleting the profile shares the limit), so it was not checked.
  await readerPage.goto('/account')
  const form = readerPage.getByRole('region', { name: 'Delete your profile' })
  await form.getByLabel('Your password, to confirm').fill(reader.password)
  await form.getByRole('button', { name: 'Delete my profile' }).click()
  await expect(form.getByText('Too many attempts. Try again in 15 minutes.')).toBeVisible()
  expect(userRow(reader.id)).toBeDefined()
  expect(hash()).toEqual(before)
})

test('the data download is JSON holding the profile and likes', async ({ reader, readerPage }) => {
  await likeThroughDb(reader.id, slugs[7])
  const response = await readerPage.request.get('/account/data')
  expect(response.headers()['content-type']).toContain('application/json')
  expect(response.headers()['content-disposition']).toContain('attachment')
  expect(response.headers()['cache-control']).toBe('private, no-store')
  const data = JSON.parse(await response.text())
  expect(data.profile).toMatchObject({ name: reader.name, email: reader.email, role: 'reader' })
  expect(data.likes.map((like: { slug: string }) => like.slug)).toEqual([slugs[7]])
  expect((await readerPage.context().request.fetch('/account/data', { headers: { cookie: '' } })).status()).toBe(401)
})

test('deleting the profile needs the password and removes the user row and their likes', async ({ reader, readerPage }) => {
  await likeThroughDb(reader.id, slugs[7])
  await readerPage.goto('/account')
  const form = readerPage.getByRole('region', { name: 'Delete your profile' })
  await form.getByLabel('Your password, to confirm').fill('wrong password')
  await form.getByRole('button', { name: 'Delete my profile' }).click()
  await expect(form.getByText('Enter your current password to delete your profile.')).toBeVisible()
  expect(userRow(reader.id)).toBeDefined()
  await form.getByLabel('Your password, to confirm').fill(reader.password)
  await form.getByRole('button', { name: 'Delete my profile' }).click()
  await expect(readerPage).toHaveURL('/')
  expect(userRow(reader.id)).toBeUndefined()
  expect(testDb().prepare('select count(*) as n from article_likes where user_id = ?').get(reader.id)).toEqual({ n: 0 })
})

test('log out everywhere ends this session and every other one', async ({ reader, readerPage, browser }) => {
  const other = await (await browser.newContext()).newPage()
  await logInThroughForm(other, reader)
  await readerPage.goto('/account')
  await readerPage.getByRole('button', { name: 'Log out everywhere' }).click()
  await expect(readerPage).toHaveURL('/')
  for (const page of [readerPage, other]) {
    await page.goto('/account')
    await expect(page).toHaveURL('/login?callbackUrl=%2Faccount')
  }
})

test('the name can be changed', async ({ readerPage }) => {
  await readerPage.goto('/account')
  await readerPage.getByRole('textbox', { name: 'Name' }).fill('Renamed Reader')
  await readerPage.getByRole('button', { name: 'Save name' }).click()
  await expect(readerPage.getByText('Your name is changed.')).toBeVisible()
  await expect(readerPage.getByText('Logged in as Renamed Reader')).toBeVisible()
})

test('the newsletter is chosen on the profile: on or off, every section or some', async ({ reader, readerPage: page }) => {
  const subscription = () =>
    testDb().prepare('select subscribed, all_sections from newsletter_subscriptions where user_id = ?').get(reader.id) as
      | { subscribed: number; all_sections: number }
      | undefined
  const sectionNames = () =>
    (
      testDb()
        .prepare('select s.name from newsletter_subscription_sections c join sections s on s.id = c.section_id where c.user_id = ?')
        .all(reader.id) as { name: string }[]
    ).map((row) => row.name)
  const newsletter = page.getByRole('region', { name: 'Newsletter' })
  await page.goto('/account')
  await newsletter.getByLabel('Send me the newsletter').check()
  await newsletter.getByLabel('Only these sections:').check()
  await newsletter.getByRole('button', { name: 'Save newsletter choice' }).click()
  await expect(newsletter.getByText('Choose at least one section, or every section.')).toBeVisible()
  expect(subscription()).toBeUndefined()
  // The refused save keeps what was ticked.
  await expect(newsletter.getByLabel('Send me the newsletter')).toBeChecked()
  await expect(newsletter.getByLabel('Only these sections:')).toBeChecked()

  const [first] = testDb().prepare('select name from sections order by position limit 1').all() as { name: string }[]
  await newsletter.getByRole('checkbox', { name: first.name, exact: true }).check()
  await newsletter.getByRole('button', { name: 'Save newsletter choice' }).click()
  await expect(newsletter.getByRole('status')).toHaveText('Your newsletter choice is saved.')
  expect(subscription()).toEqual({ subscribed: 1, all_sections: 0 })
  expect(sectionNames()).toEqual([first.name])
  // The fixture's reader has not confirmed the address: the newsletter waits for it.
  await expect(newsletter.getByText('It starts once you have confirmed your email address')).toBeVisible()

  await newsletter.getByLabel('Send me the newsletter').uncheck()
  await newsletter.getByRole('button', { name: 'Save newsletter choice' }).click()
  await expect(newsletter.getByRole('status')).toHaveText('You will get no more newsletters.')
  expect(subscription()?.subscribed).toBe(0)
})
