// @ts-check

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Static pages for readers without a session, with the viewer's parts streamed in for members.
  cacheComponents: true,
  partialPrefetching: false,
  // Pages live in this process's memory, rendered from the live database (see cache-handler.cjs).
  cacheHandler: require.resolve('./cache-handler.cjs'),
  // The page ETag is a hash of the whole HTML on every cache hit: a third of the CPU of serving a static page.
  generateEtags: false,
  // better-sqlite3 and argon2 are native modules: load them from node_modules at run time.
  serverExternalPackages: ['better-sqlite3', '@node-rs/argon2'],
  experimental: {
    // Cover images may be up to 5 MB (lib/uploads.ts); the rest of the editor form is text.
    serverActions: { bodySizeLimit: '6mb' },
  },
}

module.exports = nextConfig
