// Which page may run which server action, from the build's own manifests, so that proxy.ts can refuse an action
// posted to a page that does not have it. Next would forward such a request to a page that has it; under
// `next start` the forward fails (an uncaught ECONNRESET, logged twice) and the client gets 200 `{}`. An unknown
// action id gets Next's 409, with a stack trace in the log each time. Both are refused here the way Next refuses an
// unknown id, so the browser reacts as it would to that.
const fs = require('node:fs')
const path = require('node:path')

/**
 * The route a page's bundle serves: `app/(static)/articles/[slug]/page` is `/articles/[slug]`. Route groups and
 * parallel-route slots are not part of the address.
 * @param {string} bundle
 */
function routeOfBundle(bundle) {
  const segments = bundle
    .replace(/^app/, '')
    .split('/')
    .filter((segment) => segment && !/^\(.*\)$/.test(segment) && !segment.startsWith('@'))
  segments.pop() // `page`
  return `/${segments.join('/')}`
}

/**
 * @typedef {{ node: Record<string, { workers: Record<string, unknown> }> }} ActionManifest
 * @typedef {{ staticRoutes: { page: string; regex: string }[]; dynamicRoutes: { page: string; regex: string }[] }} RoutesManifest
 * @param {ActionManifest} actionManifest .next/server/server-reference-manifest.json
 * @param {RoutesManifest} routesManifest .next/routes-manifest.json
 */
function createActionTable(actionManifest, routesManifest) {
  // Static routes first, then dynamic ones in the order Next tries them.
  const routes = [...routesManifest.staticRoutes, ...routesManifest.dynamicRoutes].map(({ page, regex }) => ({
    page,
    pattern: new RegExp(regex),
  }))
  const owners = new Map(
    Object.entries(actionManifest.node).map(([id, { workers }]) => [id, new Set(Object.keys(workers).map(routeOfBundle))]),
  )
  /**
   * Whether the page Next renders for `pathname` has the action: `ok`, `unknown` (no page has it) or `elsewhere`.
   * A path no route matches is rendered by the not-found page.
   * @param {string} actionId
   * @param {string} pathname
   */
  return function availability(actionId, pathname) {
    const pages = owners.get(actionId)
    if (!pages) return 'unknown'
    const page = routes.find((route) => route.pattern.test(pathname))?.page ?? '/_not-found'
    return pages.has(page) ? 'ok' : 'elsewhere'
  }
}

/** @type {ReturnType<typeof createActionTable> | undefined} */
let table

/**
 * The availability check for the build being served, read once. Only the production server has these manifests
 * (`next dev` builds pages as they are asked for), so elsewhere every action passes to Next's own handling.
 * @param {string} actionId
 * @param {string} pathname
 */
function actionAvailability(actionId, pathname) {
  if (process.env.NODE_ENV !== 'production') return 'ok'
  if (!table) {
    const read = (file) => JSON.parse(fs.readFileSync(path.join(/* turbopackIgnore: true */ process.cwd(), '.next', file), 'utf8'))
    table = createActionTable(read('server/server-reference-manifest.json'), read('routes-manifest.json'))
  }
  return table(actionId, pathname)
}

module.exports = { actionAvailability, createActionTable }
