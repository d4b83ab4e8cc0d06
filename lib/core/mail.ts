import 'server-only'
import nodemailer, { type Transporter } from 'nodemailer'
import { db } from '@/db/client'
import { outbox } from '@/db/schema'
import { getMailConfig } from './env'
import { getSettings } from './settings'

// Every mail the app sends goes through sendMail. With SMTP_URL set it is sent; without, nodemailer still builds the
// whole message (so what lands in the outbox is exactly what would have been sent) and it is stored for admins to
// read at /admin/outbox.

export type Mail = {
  to: string
  subject: string
  text: string
  html: string
  /** An iCalendar event, sent as the invitation part calendar programs offer to add. */
  calendar?: { filename: string; content: string }
}

export const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!)

/** A mail of a few paragraphs, an optional link and an optional calendar invitation, signed by the site. */
export function compose(
  to: string,
  subject: string,
  paragraphs: string[],
  link?: { url: string; label: string },
  calendar?: Mail['calendar'],
): Mail {
  const { siteName } = getSettings()
  const text = [...paragraphs, ...(link ? [`${link.label}: ${link.url}`] : []), `— ${siteName}`].join('\n\n')
  const html = [
    ...paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`),
    ...(link ? [`<p><a href="${escapeHtml(link.url)}">${escapeHtml(link.label)}</a></p>`] : []),
    `<p>— ${escapeHtml(siteName)}</p>`,
  ].join('\n')
  return { to, subject: `${subject} · ${siteName}`, text, html, ...(calendar && { calendar }) }
}

let smtp: Transporter | undefined
let bulkSmtp: Transporter | undefined
const builder = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' })

/** A mail of a bulk sending (the newsletter): its own sender and headers (List-Unsubscribe). */
export type BulkMail = Mail & { from: string; headers: Record<string, string> }

/** Builds the message as it would have been sent and keeps it in the outbox, for when no SMTP server is set. */
async function keepInOutbox(mail: Mail, message: object) {
  const built = await builder.sendMail(message)
  const raw = Buffer.isBuffer(built.message) ? built.message.toString('utf8') : String(built.message)
  db.insert(outbox).values({ to: mail.to, subject: mail.subject, text: mail.text, html: mail.html, raw }).run()
}

/** Sends (or stores) the mail. A failure is logged and reported as false, never thrown at the reader. */
export async function sendMail(mail: Mail): Promise<boolean> {
  try {
    const { smtpUrl, from } = getMailConfig()
    const { calendar, ...parts } = mail
    const message = { from, ...parts, ...(calendar && { icalEvent: { method: 'PUBLISH', ...calendar } }) }
    if (smtpUrl) {
      smtp ??= nodemailer.createTransport(smtpUrl)
      await smtp.sendMail(message)
      return true
    }
    await keepInOutbox(mail, message)
    console.log(`Mail to ${mail.to}: "${mail.subject}" is in the outbox (/admin/outbox); set SMTP_URL to send mail.`)
    return true
  } catch (error) {
    console.error(`Could not send "${mail.subject}" to ${mail.to}:`, error)
    return false
  }
}

/**
 * SMTP_URL with what a bulk sending needs, unless the URL sets them itself (nodemailer reads its options from the
 * query when given a URL): one connection kept open, and a dead or stalled server failing the attempt within seconds
 * instead of holding the sender.
 */
function withBulkDefaults(smtpUrl: string): string {
  const url = new URL(smtpUrl)
  const defaults = { pool: 'true', maxConnections: '1', connectionTimeout: '10000', greetingTimeout: '10000', socketTimeout: '20000' }
  for (const [key, value] of Object.entries(defaults)) if (!url.searchParams.has(key)) url.searchParams.set(key, value)
  return url.toString()
}

/**
 * Sends one mail of a bulk sending over a kept-open connection (or stores it in the outbox). Resolves once the SMTP
 * server has accepted it; otherwise throws nodemailer's error, whose `responseCode` tells a temporary refusal (4xx)
 * from a permanent one (5xx).
 */
export async function sendBulkMail(mail: BulkMail): Promise<void> {
  const { smtpUrl } = getMailConfig()
  if (!smtpUrl) return keepInOutbox(mail, mail)
  bulkSmtp ??= nodemailer.createTransport(withBulkDefaults(smtpUrl))
  await bulkSmtp.sendMail(mail)
}
