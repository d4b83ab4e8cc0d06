import 'server-only'
import path from 'node:path'
import { z } from 'zod'

// Every setting the app reads, parsed on first use (not at import). The site address is needed while pages are
// prerendered; the secret only when a session is read, so `next build` needs no secret.

const siteSchema = z.object({
  PORT: z.coerce.number().int().positive().default(3000),
  SITE_URL: z.url().optional(),
})

const secretSchema = z.object({
  AUTH_SECRET: z.string().min(32, 'AUTH_SECRET must be at least 32 characters (npm start generates one)'),
})

function parse<T extends z.ZodType>(schema: T): z.infer<T> {
  const parsed = schema.safeParse(process.env)
  if (!parsed.success) throw new Error(`Invalid environment: ${z.prettifyError(parsed.error)}`)
  return parsed.data
}

const mailSchema = z.object({
  SMTP_URL: z.url({ protocol: /^smtps?$/, error: 'SMTP_URL must be an smtp:// or smtps:// URL' }).optional(),
  MAIL_FROM: z.string().min(3).optional(),
})

const proxySchema = z.object({ TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0) })

const uploadsSchema = z.object({ UPLOADS_DIR: z.string().min(1).default('data/uploads') })

const documentsSchema = z.object({ DOCUMENTS_DIR: z.string().min(1).default('data/documents') })

let siteUrl: string | undefined

/** The public address of the site, without a trailing slash. Absolute links are built from it, never from Host. */
export function getSiteUrl(): string {
  if (siteUrl === undefined) {
    const { PORT, SITE_URL } = parse(siteSchema)
    siteUrl = (SITE_URL ?? `http://localhost:${PORT}`).replace(/\/+$/, '')
  }
  return siteUrl
}

/** Whether the site is served over https: then its cookies are Secure (and Auth.js names its own `__Secure-…`). */
export function isSecureSite(): boolean {
  return getSiteUrl().startsWith('https://')
}

export function getAuthSecret(): string {
  return parse(secretSchema).AUTH_SECRET
}

/** Where uploaded files (cover images) are kept: outside public/, served through the app. */
export function getUploadsDir(): string {
  return path.resolve(/* turbopackIgnore: true */ parse(uploadsSchema).UPLOADS_DIR)
}

/** Where publications' PDFs are kept: apart from the public uploads, served to members only. */
export function getDocumentsDir(): string {
  return path.resolve(/* turbopackIgnore: true */ parse(documentsSchema).DOCUMENTS_DIR)
}

/** How mail leaves: through SMTP_URL when it is set, otherwise into the outbox table. */
export function getMailConfig(): { smtpUrl: string | undefined; from: string } {
  const { SMTP_URL, MAIL_FROM } = parse(mailSchema)
  if (SMTP_URL && !process.env.SITE_URL) {
    throw new Error('Invalid environment: set SITE_URL when SMTP_URL is set, because the links in mail are built from it')
  }
  return { smtpUrl: SMTP_URL, from: MAIL_FROM ?? `Insights <no-reply@${new URL(getSiteUrl()).hostname}>` }
}

/** How many proxies in front of the app append to X-Forwarded-For: 0 when clients reach `next start` directly. */
export function getTrustedProxyHops(): number {
  return parse(proxySchema).TRUSTED_PROXY_HOPS
}
