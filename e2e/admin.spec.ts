import { expect, test } from './support/fixtures'
import { createAccount, pageAs } from './support/staff'

// The desk beyond the editor: users and their roles, the dashboard, the settings.

const unique = () => Math.random().toString(36).slice(2, 10)

test('an admin changes a role and disables an account, whose session ends at once; it is all in the audit log', async ({
  browser,
}) => {
  const admin = await pageAs(browser, await createAccount('admin'))
  const member = await createAccount('reader', `Member ${unique()}`)
  const memberPage = await pageAs(browser, member)
  await memberPage.goto('/search')
  await expect(memberPage.getByText(`Logged in as ${member.name}`)).toBeVisible()

  await admin.goto(`/admin/users?q=${encodeURIComponent(member.email)}`)
  const userRow = admin.getByRole('row').filter({ hasText: member.email })
  await userRow.getByLabel(`Role of ${member.name}`).selectOption('author')
  await userRow.getByRole('button', { name: `Change role of ${member.name}` }).click()
  await expect(userRow.getByText('Role changed to author.')).toBeVisible()
  await memberPage.reload()
  await expect(memberPage.getByRole('link', { name: 'Desk' })).toBeVisible()

  await userRow.getByRole('button', { name: `Disable ${member.name}` }).click()
  await expect(userRow.getByText('Disabled; its sessions have ended.')).toBeVisible()
  await expect(userRow.getByRole('cell', { name: 'Disabled', exact: true })).toBeVisible()
  await memberPage.reload()
  await expect(memberPage.getByRole('link', { name: 'Log in' })).toBeVisible()

  await admin.goto('/admin/audit')
  const entries = admin.getByRole('row').filter({ hasText: member.email })
  await expect(entries.filter({ hasText: 'user.role-changed' })).toContainText('reader → author')
  await expect(entries.filter({ hasText: 'user.disabled' })).toHaveCount(1)
})

test('the dashboard shows members, likes, top articles and the 30-day chart', async ({ browser }) => {
  const admin = await pageAs(browser, await createAccount('admin'))
  await admin.goto('/admin')
  await expect(admin.getByRole('heading', { name: 'Dashboard' })).toBeVisible()
  await expect(admin.getByText('Members', { exact: true })).toBeVisible()
  await expect(admin.getByRole('img', { name: 'Sign-ups and likes per day, last 30 days' })).toBeVisible()
  await expect(admin.getByRole('heading', { name: 'Most liked' })).toBeVisible()
  await admin.getByText('The numbers').click()
  await expect(admin.getByRole('row')).toHaveCount(31)
})

test('settings change what readers see at once, and refuse bad values', async ({ browser, request }) => {
  const admin = await pageAs(browser, await createAccount('admin'))
  const tagline = `Tagline ${unique()}`
  await admin.goto('/admin/settings')
  const original = await admin.getByLabel('Tagline').inputValue()
  await admin.getByLabel('Default teaser length (paragraphs)').fill('0')
  await admin.getByRole('button', { name: 'Save settings' }).click()
  await expect(admin.getByText('Enter a whole number from 1 to 20.')).toBeVisible()
  await admin.getByLabel('Default teaser length (paragraphs)').fill('3')
  await admin.getByLabel('Tagline').fill(tagline)
  await admin.getByRole('button', { name: 'Save settings' }).click()
  await expect(admin.getByText('Settings saved.')).toBeVisible()
  expect(await (await request.get('/')).text()).toContain(tagline)
  await admin.getByLabel('Tagline').fill(original)
  await admin.getByRole('button', { name: 'Save settings' }).click()
  await expect(admin.getByText('Settings saved.')).toBeVisible()
})

test('a signed-in reader at the desk gets the not-found page with a 404, and its header knows them', async ({ browser }) => {
  const reader = await createAccount('reader', `Reader ${unique()}`)
  const page = await pageAs(browser, reader)
  for (const path of ['/admin', '/admin/settings', '/no-such-page']) {
    const response = await page.goto(path)
    expect(response?.status(), path).toBe(404)
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible()
    const header = page.getByRole('banner')
    await expect(header.getByText(`Logged in as ${reader.name}`)).toBeVisible()
    await expect(header.getByRole('link', { name: 'Log in' })).toHaveCount(0)
    await expect(header.getByRole('link', { name: 'Desk' })).toHaveCount(0)
  }
  // And logging out works from there.
  await page.getByRole('button', { name: 'Log out' }).click()
  await expect(page.getByRole('banner').getByRole('link', { name: 'Log in' })).toBeVisible()
  await page.context().close()
})
