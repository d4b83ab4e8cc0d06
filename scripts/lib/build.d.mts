export function runNode(args: string[], env?: Record<string, string | undefined>): void
export function prepareDatabase(env?: Record<string, string | undefined>): void
export function buildIfMissing(): void
export function ensureAuthSecret(): void
export function nextStartArgs(port: number | string): string[]
