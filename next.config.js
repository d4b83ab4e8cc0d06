// @ts-check
const { markChunksForEagerCompilation } = require('./lib/config/compile-hints.cjs')
const { basePolicy } = require('./lib/config/content-security-policy.cjs')
const { readerHeaders, readerRewrites } = require('./lib/config/reader-variant.cjs')
const { maxActionBodyBytes } = require('./lib/config/upload-limits.cjs')

// Sent with every response. Pages add their script-src (lib/config/content-security-policy.cjs).
const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()' },
  { key: 'Content-Security-Policy', value: basePolicy },
  { key: 'X-Frame-Options', value: 'DENY' },
]

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Static pages for readers without a session, with the viewer's parts streamed in for members.
  cacheComponents: true,
  partialPrefetching: false,
  // Pages live in this process's memory, or in Redis for every worker when REDIS_URL is set, rendered from the live
  // database (lib/config/cache-handler.cjs). With REDIS_URL the data cache of 'use cache' is shared there too.
  cacheHandler: require.resolve('./lib/config/cache-handler.cjs'),
  ...(process.env.REDIS_URL && {
    cacheHandlers: {
      default: require.resolve('./lib/config/use-cache-handler.cjs'),
      remote: require.resolve('./lib/config/use-cache-handler.cjs'),
    },
  }),
  // The page ETag is a hash of the whole HTML on every cache hit: a third of the CPU of serving a static page.
  generateEtags: false,
  // better-sqlite3 and argon2 are native modules: load them from node_modules at run time.
  serverExternalPackages: ['better-sqlite3', '@node-rs/argon2'],
  // The browser compiles the start-up code off the main thread (lib/config/compile-hints.cjs).
  compiler: { runAfterProductionCompile: markChunksForEagerCompilation },
  async rewrites() {
    return { beforeFiles: readerRewrites }
  },
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders },
      ...readerHeaders,
      {
        // Only when the request reached us over https (as the proxy in front says).
        source: '/:path*',
        has: [{ type: 'header', key: 'x-forwarded-proto', value: 'https' }],
        headers: [{ key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' }],
      },
    ]
  },
  experimental: {
    // The editor may send a cover image and a PDF (lib/config/upload-limits.cjs). proxy.ts runs for every action and
    // reads its body first, up to its own limit (10 MB unless set), so both must allow the whole form; proxy.ts
    // answers 413 to a larger body before either reads it.
    serverActions: { bodySizeLimit: maxActionBodyBytes },
    proxyClientMaxBodySize: maxActionBodyBytes,
  },
}

module.exports = nextConfig
