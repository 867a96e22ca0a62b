/**
 * Temp files a crash left behind. atomic-write.ts writes `.<file>.<pid>.<n>.tmp` and renames it
 * over the file; a process killed between the two leaves the temp file, which nothing else will
 * ever remove. At open they are deleted when their writer is gone (another mpsim may be writing
 * to the same folder right now: its temp files are kept), or when they are older than any write
 * takes (the pid has since been reused). Only names mpsim itself gives are touched.
 */
import { readdir, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { TEMP_NAME } from './atomic-write'
import { errnoOf } from './errors'

/** prepare-folder.ts's write probe: `.mpsim-write-probe.<pid>.tmp`. */
const PROBE_NAME = /^\.mpsim-write-probe\.(\d+)\.tmp$/

/** A write takes milliseconds; a temp file this old was not written by the process of its pid. */
const STALE_AFTER_MS = 60 * 60 * 1000

/** Removes stale temp files in each folder; best effort (a leftover costs only disk space). */
export async function removeStaleTempFiles(
  folders: readonly string[],
  nowMs: number,
): Promise<void> {
  for (const folder of folders) {
    const names = await readdir(folder).catch(() => [] as string[])
    for (const name of names) {
      const pid = writerPid(name)
      if (pid === undefined) continue
      const path = join(folder, name)
      const found = await stat(path).catch(() => undefined)
      if (!found?.isFile()) continue
      if (isRunning(pid) && nowMs - found.mtimeMs < STALE_AFTER_MS) continue
      await rm(path, { force: true }).catch(() => undefined)
    }
  }
}

function writerPid(name: string): number | undefined {
  const pid = TEMP_NAME.exec(name)?.[2] ?? PROBE_NAME.exec(name)?.[1]
  return pid === undefined ? undefined : Number(pid)
}

/** Signal 0 tests for a process without touching it; EPERM means it exists under another user. */
function isRunning(pid: number): boolean {
  if (pid === process.pid) return true
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return errnoOf(error) === 'EPERM'
  }
}
