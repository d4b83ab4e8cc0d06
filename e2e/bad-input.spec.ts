import { baseURL } from '../playwright.config'
import { testDb } from './support/db'
import { createReader, expect, test } from './support/fixtures'
import { expectNotFoundPage } from './support/not-found'

test('registration explains empty fields, a short password, a bad or taken email', async ({ page }) => {
  await page.goto('/register')
  const submit = page.getByRole('button', { name: 'Create profile' })
  await submit.click()
  await expect(page.getByText('Enter your name.')).toBeVisible()
  await expect(page.getByText('Enter your email address.')).toBeVisible()
  await expect(page.getByText('Use at least 8 characters.')).toBeVisible()
  await expect(page.getByLabel('Name')).toHaveAttribute('aria-invalid', 'true')
  const describedBy = await page.getByLabel('Name').getAttribute('aria-describedby')
  await expect(page.locator(`[id="${describedBy}"]`)).toHaveText('Enter your name.')

  await page.getByLabel('Name').fill('Short Password')
  await page.getByLabel('Email', { exact: true }).fill('not-an-email')
  await page.getByLabel('Password', { exact: true }).fill('short')
  await submit.click()
  await expect(page.getByText('Enter a valid email address.')).toBeVisible()
  await expect(page.getByText('Use at least 8 characters.')).toBeVisible()
  await expect(page.getByLabel('Name')).toHaveValue('Short Password')

  await page.getByLabel('Email', { exact: true }).fill('x'.repeat(130) + '@example.com')
  await page.getByLabel('Password', { exact: true }).fill('p'.repeat(129))
  await submit.click()
  await expect(page.getByText('Use at most 128 characters.')).toBeVisible()

  const taken = await createReader()
  await page.getByLabel('Email', { exact: true }).fill(taken.email.toUpperCase())
  await page.getByLabel('Password', { exact: true }).fill('a long enough password')
  await submit.click()
  await expect(page.getByText('A profile with this email already exists. Log in instead.')).toBeVisible()
  const rows = testDb().prepare('select count(*) as n from users where email = ?').get(taken.email) as { n: number }
  expect(rows.n).toBe(1)
})

test('login explains empty fields and gives one message for a wrong password and an unknown email', async ({ page }) => {
  const member = await createReader()
  await page.goto('/login')
  const submit = page.getByRole('button', { name: 'Log in' })
  await submit.click()
  await expect(page.getByText('Enter your email address.')).toBeVisible()
  await expect(page.getByText('Enter your password.')).toBeVisible()

  await page.getByLabel('Email', { exact: true }).fill(member.email)
  await page.getByLabel('Password', { exact: true }).fill('the wrong password')
  await submit.click()
  const wrongPassword = page.getByRole('alert').filter({ hasText: 'Wrong email or password.' })
  await expect(wrongPassword).toBeVisible()

  await page.getByLabel('Email', { exact: true }).fill('nobody-here@example.com')
  await page.getByLabel('Password', { exact: true }).fill('the wrong password')
  await submit.click()
  await expect(page.getByRole('alert').filter({ hasText: 'Wrong email or password.' })).toBeVisible()
  await expect(page).toHaveURL(/\/login$/)
})

test('an unknown or malformed article slug gets the 404 page, not a 500', async ({ page, request }) => {
  for (const path of ['/articles/no-such-article', "/articles/x'%20OR%201=1", `/articles/${'a'.repeat(3000)}`]) {
    const response = await request.get(path)
    expect(response.status(), path).toBe(404)
  }
  const response = await page.goto('/articles/no-such-article')
  expect(response?.status()).toBe(404)
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Latest articles' })).toBeVisible()
  await expectNotFoundPage(await request.get('/sections/no-such-section'))
})

test('a callbackUrl to another site lands on the front page', async ({ page, reader }) => {
  for (const callbackUrl of ['https://evil.example', '//evil.example/x', '/\\evil.example']) {
    await page.context().clearCookies()
    await page.goto(`/login?callbackUrl=${encodeURIComponent(callbackUrl)}`)
    await page.getByLabel('Email', { exact: true }).fill(reader.email)
    await page.getByLabel('Password', { exact: true }).fill(reader.password)
    await page.getByRole('button', { name: 'Log in' }).click()
    await page.waitForURL(`${baseURL}/`)
    expect(new URL(page.url()).host).toBe(new URL(baseURL).host)
  }
})

test('a forged callbackUrl in the posted form is also refused', async ({ page, reader }) => {
  await page.goto('/login?callbackUrl=/articles/anything')
  const loginForm = page.locator('form').filter({ has: page.getByRole('button', { name: 'Log in', exact: true }) })
  await loginForm.locator('input[name="callbackUrl"]').evaluate((input: HTMLInputElement) => {
    input.value = 'https://evil.example/phish'
  })
  await page.getByLabel('Email', { exact: true }).fill(reader.email)
  await page.getByLabel('Password', { exact: true }).fill(reader.password)
  await page.getByRole('button', { name: 'Log in' }).click()
  await page.waitForURL(`${baseURL}/`)
})
