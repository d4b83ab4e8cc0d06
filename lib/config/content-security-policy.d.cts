export const basePolicy: string
export function pagePolicy(scriptSources: string[]): string
export function inlineScriptHashes(html: string): string[]
