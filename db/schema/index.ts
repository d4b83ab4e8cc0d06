// Every table, a file per domain (the same domains as lib/). drizzle-kit reads this file (drizzle.config.ts).
export * from '../enums'
export * from './users'
export * from './articles'
export * from './programme'
export * from './desk'
export * from './conversion'
export * from './newsletter'
