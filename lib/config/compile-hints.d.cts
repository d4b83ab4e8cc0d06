export const compileHint: string
export function markChunksForEagerCompilation(metadata: { distDir: string }): Promise<void>
