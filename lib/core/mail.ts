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

const escapeHtml = (text: string) =>
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
const builder = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' })

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
    const built = await builder.sendMail(message)
    const raw = Buffer.isBuffer(built.message) ? built.message.toString('utf8') : String(built.message)
    db.insert(outbox).values({ to: mail.to, subject: mail.subject, text: mail.text, html: mail.html, raw }).run()
    console.log(`Mail to ${mail.to}: "${mail.subject}" is in the outbox (/admin/outbox); set SMTP_URL to send mail.`)
    return true
  } catch (error) {
    console.error(`Could not send "${mail.subject}" to ${mail.to}:`, error)
    return false
  }
}
