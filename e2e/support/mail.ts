// The mail the e2e server sent: without SMTP_URL it lands in the outbox table of the test database.
import { expect } from '@playwright/test'
import ICAL from 'ical.js'
import { simpleParser } from 'mailparser'
import { testDb } from './db'

export type OutboxMail = { to: string; subject: string; text: string; html: string; raw: string }

/** The newest mail to `to` whose subject contains `subject`, if one is in the outbox. */
export function latestMail(to: string, subject: string): OutboxMail | undefined {
  return testDb()
    .prepare('select * from outbox where "to" = ? and instr(subject, ?) > 0 order by id desc limit 1')
    .get(to.toLowerCase(), subject) as OutboxMail | undefined
}

/** Waits for the mail (sent after the response) and returns it. */
export async function mailTo(to: string, subject: string, after = 0): Promise<OutboxMail> {
  let found: (OutboxMail & { id?: number }) | undefined
  await expect
    .poll(() => {
      found = latestMail(to, subject) as (OutboxMail & { id?: number }) | undefined
      return (found?.id ?? 0) > after
    })
    .toBe(true)
  return found!
}

export const lastMailId = () => (testDb().prepare('select coalesce(max(id), 0) as id from outbox').get() as { id: number }).id
/** The first link in a mail's text part
 that goes to `path` on this site. */
export function linkIn(mail: OutboxMail, path: string): string {
  const url = new RegExp(`https?://[^\\s]+${path.replace(/[/?]/g, '\\$&')}[^\\s]*`).exec(mail.text)?.[0]
  if (!url) throw new Error(`No link to ${path} in "${mail.subject}"`)
  return url
}

/** The calendar event attached to the newest mail to `to` about `subject`, parsed. */
export async function calendarIn(to: string, subject: string) {
  const mail = latestMail(to, subject)
  expect(mail, `a mail "${subject}" to ${to}`).toBeDefined()
  const parsed = await simpleParser(mail!.raw)
  const ics = parsed.attachments.find((attachment) => attachment.contentType.startsWith('text/calendar'))
  expect(ics, 'a text/calendar part').toBeDefined()
  return new ICAL.Event(new ICAL.Component(ICAL.parse(ics!.content.toString('utf8'))).getFirstSubcomponent('vevent')!)
}
