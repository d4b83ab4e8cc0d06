export function which(program: string): string | null
export function startRedisServer(dir: string): Promise<{ url: string; pid: number; stop(): Promise<void> }>
