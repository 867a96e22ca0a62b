/**
 * Writing and removing the discovery file for the core a host runs (core-session.ts). Written
 * atomically with mode 0600 (it carries the token); removed on a clean stop, and at process exit
 * should a host exit without stopping. Only a file holding our own token is removed, so a core
 * that took over the folder keeps its entry.
 */
import { readFileSync, rmSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import { writeFileAtomic } from '../workspace/atomic-write'
import { DISCOVERY_FILE, DISCOVERY_VERSION } from './discovery-record'
import type { DiscoveryRecord } from './discovery-record'
import { findRunningCore, readDiscovery } from './find-running-core'

export interface PublishInput {
  readonly url: string
  readonly token: string
  readonly version: string
  readonly host: DiscoveryRecord['host']
}

export type PublishResult =
  | { readonly written: true }
  /** Another live core already announced itself here: it keeps the folder's entry. */
  | { readonly written: false; readonly other: DiscoveryRecord }

/**
 * Announces the core in `dir`. A file from a crashed core (process gone, URL silent, unreadable)
 * is replaced; a live one of another process is left alone, so the CLI keeps reaching the core
 * that had the folder first rather than whichever started last.
 */
export async function publishDiscovery(dir: string, input: PublishInput): Promise<PublishResult> {
  const found = await findRunningCore(dir)
  if (found.status === 'running' && found.record.token !== input.token) {
    return { written: false, other: found.record }
  }
  const record: DiscoveryRecord = {
    version: DISCOVERY_VERSION,
    url: input.url,
    token: input.token,
    pid: process.pid,
    mpsimVersion: input.version,
    host: input.host,
    startedAt: new Date().toISOString(),
  }
  await writeFileAtomic(join(dir, DISCOVERY_FILE), `${JSON.stringify(record, null, 2)}\n`, {
    mode: 0o600,
  })
  return { written: true }
}

/** Removes the file when it is still ours (same token); anything else is left as found. */
export async function withdrawDiscovery(dir: string, token: string): Promise<void> {
  const record = await readDiscovery(dir)
  if (typeof record === 'string' || record.token !== token) return
  await rm(join(dir, DISCOVERY_FILE), { force: true })
}

/** withdrawDiscovery for process 'exit' handlers, where only synchronous work runs. */
export function withdrawDiscoverySync(dir: string, token: string): void {
  const path = join(dir, DISCOVERY_FILE)
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as { token?: unknown }
    if (parsed.token === token) rmSync(path, { force: true })
  } catch {
    // Missing or unreadable: nothing of ours to remove.
  }
}
