import 'server-only'
import { getEnv } from './env'

/** The canonical, absolute URL of an article, built from SITE_URL. */
export function articleUrl(slug: string): string {
  return `${getEnv().SITE_URL}/articles/${slug}`
}
