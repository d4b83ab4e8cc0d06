// The site's own addresses, as paths. Pure, so links are built the same way on the server and in the browser;
// lib/core/urls.ts makes them absolute.

export const articlePath = (slug: string) => `/articles/${slug}`
export const authorPath = (slug: string) => `/authors/${slug}`
export const sectionPath = (slug: string) => `/sections/${slug}`
export const tagPath = (slug: string) => `/tags/${slug}`
/** An uploaded file, served by app/uploads/[name]/route.ts. */
export const uploadPath = (name: string) => `/uploads/${name}`

/** Log in, then back to `returnTo` (a path on this site; app/(account) checks it again with safeCallbackUrl). */
export const loginPath = (returnTo: string) => `/login?callbackUrl=${encodeURIComponent(returnTo)}`

/** Create a profile, then back to `returnTo`. */
export const registerPath = (returnTo: string) => `/register?callbackUrl=${encodeURIComponent(returnTo)}`

/** An article opened by a gift link: the article's own address with the token (proxy.ts routes it to app/(gift)). */
export const giftPath = (slug: string, token: string) => `${articlePath(slug)}?gift=${encodeURIComponent(token)}`
