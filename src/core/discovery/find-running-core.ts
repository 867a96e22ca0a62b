/**
 * Reads a workspace's discovery file and decides whether the core it names is really running. A
 * file left by a crash (kill -9, power cut) must never be trusted: the process must exist and the
 * URL must answer /api/info as mpsim with that token (a pid alone can be reused by another
 * program, a port by another server).
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { TOKEN_HEADER } from '../../shared/control/contract'
import { DISCOVERY_FILE, discoveryRecordSchema } from './discovery-record'
import type { DiscoveryRecord } from './discovery-record'

export type StaleReason = 'unreadable' | 'process-gone' | 'not-answering'

export type Discovery =
  | { readonly status: 'running'; readonly record: DiscoveryRecord }
  | { readonly status: 'none' }
  | { readonly status: 'stale'; readonly reason: StaleReason }

export interface FindOptions {
  /** How long /api/info may take before the core counts as not answering. @default 1500 */
  readonly timeoutMs?: number
}

/** True when a process with this id exists (EPERM: it exists but belongs to someone else). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

async function answersAsMpsim(record: DiscoveryRecord, timeoutMs: number): Promise<boolean> {
  try {
    const response = await fetch(`${record.url}/api/info`, {
      headers: { [TOKEN_HEADER]: record.token, accept: 'application/json' },
      signal: AbortSignal.timeout(timeoutMs),
    })
    if (!response.ok) return false
    const info = (await response.json()) as { name?: unknown }
    return info.name === 'mpsim'
  } catch {
    return false
  }
}

export async function readDiscovery(
  dir: string,
): Promise<DiscoveryRecord | 'missing' | 'unreadable'> {
  let text: string
  try {
    text = await readFile(join(dir, DISCOVERY_FILE), 'utf8')
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'missing' : 'unreadable'
  }
  try {
    const parsed = discoveryRecordSchema.safeParse(JSON.parse(text))
    return parsed.success ? parsed.data : 'unreadable'
  } catch {
    return 'unreadable'
  }
}

export async function findRunningCore(dir: string, options: FindOptions = {}): Promise<Discovery> {
  const record = await readDiscovery(dir)
  if (record === 'missing') return { status: 'none' }
  if (record === 'unreadable') return { status: 'stale', reason: 'unreadable' }
  if (!processAlive(record.pid)) return { status: 'stale', reason: 'process-gone' }
  if (!(await answersAsMpsim(record, options.timeoutMs ?? 1500))) {
    return { status: 'stale', reason: 'not-answering' }
  }
  return { status: 'running', record }
}
