// @ts-check

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // better-sqlite3 and argon2 are native modules: load them from node_modules at run time.
  serverExternalPackages: ['better-sqlite3', '@node-rs/argon2'],
}

module.exports = nextConfig
