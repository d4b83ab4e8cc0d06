import 'server-only'
import { z } from 'zod'

// Every setting the app reads, parsed on first use (not at import, so `next build` needs no secrets).
// Defaults make `npm start` a working demo on a laptop.
const envSchema = z.object({
  PORT: z.coerce.number().int().positive().default(3000),
  SITE_URL: z.url().optional(),
  AUTH_SECRET: z.string().min(32, 'AUTH_SECRET must be at least 32 characters (npm start generates one)'),
})

export type Env = z.infer<typeof envSchema> & { SITE_URL: string }

let parsedEnv: Env | undefined

export function getEnv(): Env {
  if (parsedEnv) return parsedEnv
  const parsed = envSchema.safeParse(process.env)
  if (!parsed.success) throw new Error(`Invalid environment: ${z.prettifyError(parsed.error)}`)
  parsedEnv = {
    ...parsed.data,
    // Absolute links (share row, canonical URLs) are built from this, never from the request's Host header.
    SITE_URL: (parsed.data.SITE_URL ?? `http://localhost:${parsed.data.PORT}`).replace(/\/+$/, ''),
  }
  return parsedEnv
}
