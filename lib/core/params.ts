import { notFound } from 'next/navigation'
import { z } from 'zod'

const pageSchema = z.coerce.number().int().min(1).max(100_000)

/** The `?page=` of a listing: 1 when absent, null (answer 404) when it is not a page number. */
export function parsePageParam(value: string | string[] | undefined): number | null {
  if (value === undefined) return 1
  const parsed = pageSchema.safeParse(value)
  return parsed.success ? parsed.data : null
}

/** The `?page=` of a listing that has nothing else to check: an address with anything else there is a 404. */
export function requirePageParam(value: string | string[] | undefined): number {
  const page = parsePageParam(value)
  if (page === null) notFound()
  return page
}

/** The `?q=` of the search page: one string, at most 2,000 characters are read. */
export function parseQueryParam(value: string | string[] | undefined): string {
  const text = Array.isArray(value) ? value[0] : value
  return (text ?? '').slice(0, 2000)
}

/** A record id: a positive whole number. */
export const idSchema = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER)

/** A checkbox as FormData holds it: 'on' when ticked, absent (read as '') when not. */
export const checkboxSchema = z.string().transform((value) => value === 'on')

/** A form's record id: empty for a new record (null), else an id. */
export const optionalIdSchema = z.union([z.literal('').transform(() => null), idSchema])

/** A record id from the URL, or null (answer 404) when it is not one. */
export function parseIdParam(value: string): number | null {
  const parsed = idSchema.safeParse(value)
  return parsed.success && /^\d+$/.test(value) ? parsed.data : null
}
