// A page entry in the shared cache must not carry the address of the request that happened to render it.
//
// Next writes the address a page was rendered for into row 0 of its flight payload: "c" (path and query, split at
// "/") and "q" (the query). `next build` renders a shared entry for the bare path, but our cache starts empty
// (cache-handler.cjs), so each entry is rendered for whichever request missed the cache, and Next would serve that
// reader's query string to every later reader: in the RSC prefetch of any page, and in the HTML of a whole static
// page. That is a search, a login's callbackUrl, or the token of a password-reset link. `withoutRenderedQuery`
// rewrites the entry, in place, to what a build for the bare path would have written; Next hands the same object to
// the requests waiting on that render, so they get the rewritten one too.

// Row 0 starts with "c" and "q" (after "P", the preloads, when there are any).
const renderedAddress = /^0:\{(?:"P":(?:null|"[^"\\]*"),)?"c":(\[(?:"(?:[^"\\]|\\.)*",?)*\]),"q":("(?:[^"\\]|\\.)*")/m
// Row 0 inlined in a page's HTML: at the start of a `self.__next_f.push([1,"…"])` string or after a row's newline.
const inlinedRowZero = /(?:\[1,"|\\n)0:\{/

/** How Next writes flight text into an inline script: as a JSON string, with the HTML-significant characters escaped. */
function inScript(text) {
  const escapes = { '&': '\\u0026', '>': '\\u003e', '<': '\\u003c', '\u2028': '\\u2028', '\u2029': '\\u2029' }
  return JSON.stringify(text)
    .slice(1, -1)
    .replace(/[&><\u2028\u2029]/g, (character) => escapes[character])
}

function replaceOnce(buffer, from, to) {
  const at = buffer.indexOf(from)
  if (at < 0) return buffer
  return Buffer.concat([buffer.subarray(0, at), Buffer.from(to), buffer.subarray(at + Buffer.byteLength(from))])
}

/**
 * Takes the rendering request's query out of a cache entry. Returns false when the entry still carries it (its HTML
 * split row 0 in a way this cannot follow); such an entry must not be stored.
 * @param {{ kind?: string, html?: unknown, rscData?: Buffer, segmentData?: Map<string, Buffer> } | null} data
 */
function withoutRenderedQuery(data) {
  if (data?.kind !== 'APP_PAGE' || !Buffer.isBuffer(data.rscData)) return true
  const match = renderedAddress.exec(data.rscData.toString())
  if (!match) return true
  const [path, query = ''] = JSON.parse(match[1]).join('/').split(/\?(.*)/s)
  if (query === '' && JSON.parse(match[2]) === '') return true
  const from = `"c":${match[1]},"q":${match[2]}`
  const to = `"c":${JSON.stringify(path.split('/'))},"q":""`

  data.rscData = replaceOnce(data.rscData, from, to)
  if (data.segmentData instanceof Map) {
    for (const [segment, payload] of data.segmentData) data.segmentData.set(segment, replaceOnce(payload, from, to))
  }
  if (typeof data.html === 'string' && inlinedRowZero.test(data.html)) {
    if (!data.html.includes(inScript(from))) return false
    data.html = data.html.replace(inScript(from), () => inScript(to))
  }
  return true
}

module.exports = { withoutRenderedQuery }
