import type { ChildProcess, SpawnOptions } from 'node:child_process'

export const sleep: (milliseconds: number) => Promise<void>
export type StartedServer = {
  pid: number
  exited: Promise<NodeJS.Signals | number | null>
  kill(): void
  stop(): Promise<void>
}
export function startServer(options: { port: number; env?: Record<string, string | undefined>; log?: string }): Promise<StartedServer>
export function spawnOwned(command: string, args: string[], options: SpawnOptions): ChildProcess
