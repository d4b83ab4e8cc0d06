import { randomUUID } from 'node:crypto'
import { test as base, expect, type Page } from '@playwright/test'
import { hashPassword } from '../../lib/auth/passwords'
import { testDb } from './db'

export type Member = { id: number; email: string; password: string; name: string }

/** A reader account written straight into the database (registration itself is tested through the UI). */
export async function createReader(): Promise<Member> {
  const email = `reader-${randomUUID()}@example.com`
  const password = `pw-${randomUUID()}`
  const name = 'Test Reader'
  const result = testDb()
    .prepare('insert into users (email, name, password_hash) values (?, ?, ?)')
    .run(email, name, await hashPassword(password))
  return { id: Number(result.lastInsertRowid), email, password, name }
}

export async function logInThroughForm(page: Page, member: Member, callbackUrl = '/') {
  await page.goto(`/login?callbackUrl=${encodeURIComponent(callbackUrl)}`)
  await page.getByLabel('Email', { exact: true }).fill(member.email)
  await page.getByLabel('Password', { exact: true }).fill(member.password)
  await page.getByRole('button', { name: 'Log in' }).click()
  await page.waitForURL((url) => url.pathname === callbackUrl.split('?')[0])
}

/**
 * A made-up client address for each test's browser and requests, sent as the X-Forwarded-For entry of the proxy the
 * tests stand in for (TRUSTED_PROXY_HOPS=1 in playwright.config.ts). Per-IP rate limits (lib/auth/rate-limits.ts)
 * then see each test as its own visitor, as they would see real readers, instead of one busy localhost.
 */
export function clientAddress() {
  const octet = () => Math.floor(Math.random() * 256)
  return `10.${octet()}.${octet()}.${octet()}`
}

/** `readerPage` is a page whose browser is logged in as a fresh reader (`reader`). */
export const test = base.extend<{ reader: Member; readerPage: Page }>({
  extraHTTPHeaders: async ({}, provide) => {
    await provide({ 'x-forwarded-for': clientAddress() })
  },
  reader: async ({}, provide) => {
    await provide(await createReader())
  },
  readerPage: async ({ page, reader }, provide) => {
    await logInThroughForm(page, reader)
    await provide(page)
  },
})

export { expect }
