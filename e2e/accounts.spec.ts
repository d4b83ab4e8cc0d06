import { baseURL } from '../playwright.config'
import { membersOnlySentence, publishedSlugs, testDb } from './support/db'
import { lastMailId, linkIn, mailTo } from './support/mail'
import { clientAddress, expect, logInThroughForm, test } from './support/fixtures'
import { callAction, createAccount, pageAs } from './support/staff'

const slugs = publishedSlugs()

const userRow = (id: number) =>
  testDb().prepare('select email, email_verified_at from users where id = ?').get(id) as
    | { email: string; email_verified_at: number | null }
    | undefined

test('forgot password: mail, reset, the old session ends, the new password works, and the link works once', async ({
  reader,
  readerPage: oldSession,
  browser,
}) => {
  // The reset happens in another browser than the one that stays logged in.
  const page = await (await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': clientAddress() } })).newPage()
  await page.goto('/login')
  await page.getByRole('link', { name: 'Forgot your password?' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Forgot your password?' })).toBeVisible()
  // By role: the login page a client-side navigation leaves hidden in the DOM has an Email field too.
  await page.getByRole('textbox', { name: 'Email', exact: true }).fill(reader.email)
  await page.getByRole('button', { name: 'Send me a link' }).click()
  await expect(page.getByRole('status')).toContainText(`If a profile uses ${reader.email}, we have sent it a link`)
  const mail = await mailTo(reader.email, 'Reset your password')
  expect(mail.html).toContain(`<a href="${baseURL}/reset-password?token=`)
  const link = linkIn(mail, '/reset-password?token=')
  expect(link.startsWith(`${baseURL}/`)).toBe(true)

  await page.goto(link)
  const newPassword = `new-${reader.password}`
  await page.getByLabel('New password', { exact: true }).fill(newPassword)
  await page.getByLabel('New password again').fill(newPassword)
  await page.getByRole('button', { name: 'Set the new password' }).click()
  await expect(page).toHaveURL('/login?reset=1')
  await expect(page.getByText('Your password was changed')).toBeVisible()
  await mailTo(reader.email, 'Your password was changed')

  await oldSession.reload()
  await expect(oldSession.getByRole('link', { name: 'Log in' }).first()).toBeVisible()
  await logInThroughForm(page, { ...reader, password: newPassword })
  await expect(page.getByText(`Logged in as ${reader.name}`)).toBeVisible()

  await page.goto(link)
  await expect(page.getByText('This link has expired or has been used.')).toBeVisible()
})

test('an expired reset link fails', async ({ reader, page }) => {
  await page.goto('/forgot-password')
  await page.getByLabel('Email').fill(reader.email)
  await page.getByRole('button', { name: 'Send me a link' }).click()
  const link = linkIn(await mailTo(reader.email, 'Reset your password'), '/reset-password?token=')
  await page.goto(link)
  await expect(page.getByLabel('New password', { exact: true })).toBeVisible()
  // Time passes while the form is open: the token's 30 minutes are over when it is sent. (lib/tokens.test.ts checks
  // the 30 minutes themselves against a controlled clock.)
  testDb()
    .prepare("update auth_tokens set expires_at = unixepoch() - 60 where user_id = ? and purpose = 'password-reset'")
    .run(reader.id)
  await page.getByLabel('New password', { exact: true }).fill('a perfectly fine passphrase')
  await page.getByLabel('New password again').fill('a perfectly fine passphrase')
  await page.getByRole('button', { name: 'Set the new password' }).click()
  await expect(page.getByText('This link has expired or has been used. Ask for a new one below.')).toBeVisible()
  await logInThroughForm(page, reader) // the old password still works: nothing was changed
  await page.goto(link)
  await expect(page.getByText('This link has expired or has been used.')).toBeVisible()
})

test('a magic link signs the reader in and returns them to the article with the full body', async ({ reader, page }) => {
  const slug = slugs[6]
  await page.goto(`/articles/${slug}`)
  await page.getByRole('link', { name: 'Log in' }).last().click()
  await page.getByLabel('Email for the link').fill(reader.email)
  await page.getByRole('button', { name: 'Email me a sign-in link' }).click()
  await expect(page.getByRole('status')).toContainText('we have sent it a sign-in link')
  const link = linkIn(await mailTo(reader.email, 'Your sign-in link'), '/login/link?token=')
  await page.goto(link)
  await page.getByRole('button', { name: 'Log in' }).click()
  await expect(page).toHaveURL(`/articles/${slug}`)
  await expect(page.getByText(membersOnlySentence(slug))).toBeVisible()
  expect(userRow(reader.id)?.email_verified_at).not.toBeNull()

  await page.context().clearCookies()
  await page.goto(link)
  await page.getByRole('button', { name: 'Log in' }).click()
  await expect(page.getByText('This sign-in link has expired or has been used.')).toBeVisible()
})

test('forgot password and login answer a known and an unknown email with the same status and body', async ({
  reader,
  request,
}) => {
  const unknown = `nobody-${Date.now()}@example.com`
  const answer = async (action: string, email: string, fields: Record<string, string>) => {
    const response = await callAction(request, action, { fields: { email, ...fields } }, { headers: { 'x-forwarded-for': clientAddress() } })
    return { status: response.status(), body: (await response.text()).replaceAll(email, 'EMAIL') }
  }
  for (const [action, fields] of [
    ['requestPasswordReset', {}],
    ['requestMagicLink', { callbackUrl: '/' }],
    ['logIn', { password: 'wrong-password-123', callbackUrl: '/' }],
  ] as const) {
    const known = await answer(action, reader.email, fields)
    const other = await answer(action, unknown, fields)
    expect(known.status, action).toBe(200)
    expect(other, action).toEqual(known)
  }
})

test('rate limits answer with when to retry, per address and per account', async ({ reader, request }) => {
  const ip = { 'x-forwarded-for': clientAddress() }
  const ask = (email: string) =>
    callAction(request, 'requestPasswordReset', { fields: { email } }, { path: '/forgot-password', headers: ip })
  for (let i = 0; i < 3; i++) expect(await (await ask(reader.email)).text()).toContain('we have sent it a link')
  expect(await (await ask(reader.email)).text()).toContain('Too many attempts. Try again in 15 minutes.')
  // Another address from the same client is not held back by the first one's limit.
  expect(await (await ask(`other-${reader.email}`)).text()).toContain('we have sent it a link')

  const logIn = (headers: Record<string, string>) =>
    callAction(request, 'logIn', { fields: { email: reader.email, password: 'wrong-password-123', callbackUrl: '/' } }, { path: '/login', headers })
  const attacker = { 'x-forwarded-for': clientAddress() }
  for (let i = 0; i < 10; i++) expect(await (await logIn(attacker)).text()).toContain('Wrong email or password.')
  expect(await (await logIn(attacker)).text()).toContain('Too many attempts. Try again in 15 minutes.')
  // The owner, elsewhere, can still log in: the flood holds back only the client it comes from.
  expect(await (await logIn({ 'x-forwarded-for': clientAddress() })).text()).toContain('Wrong email or password.')
})

test('100 guesses from as many addresses stop password login for the account, and its owner signs in by link', async ({
  reader,
  request,
  page,
}) => {
  const guess = () =>
    callAction(request, 'logIn', { fields: { email: reader.email, password: 'wrong-password-123', callbackUrl: '/' } }, {
      path: '/login',
      headers: { 'x-forwarded-for': clientAddress() },
    })
  for (let i = 0; i < 100; i++) expect(await (await guess()).text()).toContain('Wrong email or password.')

  const slug = slugs[8]
  await page.goto(`/login?callbackUrl=${encodeURIComponent(`/articles/${slug}`)}`)
  await page.getByLabel('Email', { exact: true }).fill(reader.email)
  await page.getByLabel('Password', { exact: true }).fill(reader.password)
  await page.getByRole('button', { name: 'Log in' }).click()
  await expect(page.getByText('You can still log in with “Email me a sign-in link” below.')).toBeVisible()
  await page.getByLabel('Email for the link').fill(reader.email)
  await page.getByRole('button', { name: 'Email me a sign-in link' }).click()
  await page.goto(linkIn(await mailTo(reader.email, 'Your sign-in link'), '/login/link?token='))
  await page.getByRole('button', { name: 'Log in' }).click()
  await expect(page).toHaveURL(`/articles/${slug}`)
  await expect(page.getByText(membersOnlySentence(slug))).toBeVisible()
})

test('registration sends a welcome mail; the profile says unverified until its link is followed', async ({ page }) => {
  const email = `welcome-${Date.now()}@example.com`
  await page.goto('/register')
  await page.getByLabel('Name').fill('Wendy Welcome')
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Password').fill('a fine long passphrase')
  await page.getByRole('button', { name: 'Create profile' }).click()
  await expect(page.getByText('Logged in as Wendy Welcome')).toBeVisible()
  const mail = await mailTo(email, 'Welcome')
  expect(mail.raw).toContain('Content-Type: text/plain')
  expect(mail.raw).toContain('Content-Type: text/html')

  await page.goto('/account')
  await expect(page.getByText('(unverified)')).toBeVisible()
  await page.goto(linkIn(mail, '/verify-email?token='))
  await page.getByRole('button', { name: 'Confirm my email address' }).click()
  await expect(page.getByRole('status')).toHaveText('Your email address is confirmed.')
  await page.goto('/account')
  await expect(page.getByText('(confirmed)')).toBeVisible()
})

test('bad input on the account forms gets clear messages, never an error page', async ({ page, reader }) => {
  await page.goto('/forgot-password')
  await page.getByLabel('Email').fill('not-an-email')
  await page.getByRole('button', { name: 'Send me a link' }).click()
  await expect(page.getByText('Enter a valid email address.')).toBeVisible()

  for (const token of ['', 'tampered', 'A'.repeat(43), "'; drop table users; --"]) {
    await page.goto(`/reset-password?token=${encodeURIComponent(token)}`)
    await expect(page.getByText('This link has expired or has been used.')).toBeVisible()
    await page.goto(`/login/link?token=${encodeURIComponent(token)}`)
    await page.getByRole('button', { name: 'Log in' }).click()
    await expect(page.getByText('This sign-in link has expired or has been used.')).toBeVisible()
    await page.goto(`/verify-email?token=${encodeURIComponent(token)}`)
    await page.getByRole('button', { name: 'Confirm my email address' }).click()
    await expect(page.getByText('This link has expired or has been used.')).toBeVisible()
  }

  const since = lastMailId()
  await page.goto('/forgot-password')
  await page.getByLabel('Email').fill(reader.email)
  await page.getByRole('button', { name: 'Send me a link' }).click()
  await page.goto(linkIn(await mailTo(reader.email, 'Reset your password', since), '/reset-password?token='))
  await page.getByLabel('New password', { exact: true }).fill('password123')
  await page.getByLabel('New password again').fill('password123')
  await page.getByRole('button', { name: 'Set the new password' }).click()
  await expect(page.getByText('This password is one of the most common ones. Choose another.')).toBeVisible()
  await page.getByLabel('New password', { exact: true }).fill('a much better passphrase')
  await page.getByLabel('New password again').fill('a different passphrase')
  await page.getByRole('button', { name: 'Set the new password' }).click()
  await expect(page.getByText('The two passwords differ.')).toBeVisible()
})

test('admins read the outbox at /admin/outbox', async ({ reader, page, browser }) => {
  await page.goto('/forgot-password')
  await page.getByLabel('Email').fill(reader.email)
  await page.getByRole('button', { name: 'Send me a link' }).click()
  await mailTo(reader.email, 'Reset your password')
  const admin = await pageAs(browser, await createAccount('admin'))
  await admin.goto('/admin/outbox')
  const mail = admin.getByRole('listitem').filter({ hasText: reader.email })
  await mail.getByText('Reset your password').click()
  await expect(mail.getByText('/reset-password?token=[hidden]')).toBeVisible()
  expect(await mail.innerText()).not.toMatch(/token=(?!\[hidden\])/)
})

test('signing in goes through the login form only: the Auth.js credentials endpoint takes no POST', async ({ reader, request }) => {
  const response = await request.post('/api/auth/callback/credentials', {
    form: { email: reader.email, password: reader.password },
    maxRedirects: 0,
  })
  expect(response.status()).toBe(405)
  expect(response.headers()['set-cookie'] ?? '').not.toContain('authjs.session-token')
})

test('registration is limited to 50 an hour per client address, and /register shows the refusal', async ({ request, browser }) => {
  const headers = { 'x-forwarded-for': clientAddress() }
  const stamp = `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`
  const register = (n: number) =>
    callAction(
      request,
      'registerReader',
      { fields: { name: 'Many', email: `many-${stamp}-${n}@example.com`, password: 'a long enough password', callbackUrl: '/' } },
      { path: '/register', headers },
    )
  // An office of colleagues behind one address, signing up during a seminar.
  for (let n = 0; n < 50; n++) expect(await (await register(n)).text()).not.toContain('Too many attempts')

  const page = await (await browser.newContext({ extraHTTPHeaders: headers })).newPage()
  await page.goto('/register')
  await page.getByLabel('Name').fill('One Too Many')
  await page.getByLabel('Email').fill(`many-${stamp}-50@example.com`)
  await page.getByLabel('Password').fill('a long enough password')
  await page.getByRole('button', { name: 'Create profile' }).click()
  await expect(page.getByText('Too many attempts. Try again in 60 minutes.')).toBeVisible()
  expect(testDb().prepare('select count(*) as n from users where email = ?').get(`many-${stamp}-50@example.com`)).toEqual({ n: 0 })
  await page.context().close()
})
