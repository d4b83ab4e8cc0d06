import { or, sql, type SQLWrapper } from 'drizzle-orm'

// Small pieces every paged, searchable list shares.

/** `column LIKE %text%` for any of the columns, with the user's % and _ taken literally. */
export function containsText(text: string, ...columns: SQLWrapper[]) {
  const pattern = `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`
  return or(...columns.map((column) => sql`${column} like ${pattern} escape '\\'`))
}

export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize))
}
