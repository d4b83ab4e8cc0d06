import 'server-only'
import { sqlite } from '@/db/client'

/** True when the database answers a query. */
export function isDatabaseHealthy(): boolean {
  try {
    return sqlite.prepare('select 1 as ok').get() !== undefined
  } catch {
    return false
  }
}
