/**
 * Creates the workspace folder and its sub-folders, and proves it can be written before anything
 * is loaded: a read-only workspace must fail at open with a clear error, not minutes later when
 * the first user subscribes and the background save fails. It also tidies what an earlier run
 * may have left: temp files of a write cut short by a crash, and secret files left readable by
 * others.
 */
import { mkdir, open, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { notWritable } from './errors'
import { MENUS_DIR, SUITES_DIR } from './layout'
import { tightenPrivateFiles } from './private-files'
import { removeStaleTempFiles } from './stale-temp-files'

export async function prepareFolder(root: string): Promise<void> {
  for (const folder of [root, join(root, MENUS_DIR), join(root, SUITES_DIR)]) {
    try {
      await mkdir(folder, { recursive: true })
    } catch (error) {
      throw notWritable(folder, error)
    }
  }
  // An actual write, not access(W_OK): Windows ACLs and read-only mounts are only told by trying.
  const probe = join(root, `.mpsim-write-probe.${process.pid}.tmp`)
  try {
    const handle = await open(probe, 'w')
    await handle.close()
    await rm(probe, { force: true })
  } catch (error) {
    throw notWritable(root, error)
  }
  // File times are wall-clock times, so the wall clock (not a simulated one) judges their age.
  await removeStaleTempFiles([root, join(root, MENUS_DIR)], Date.now())
  // Before anything is loaded: a corrupt accounts.json is moved aside with the mode it has then.
  await tightenPrivateFiles(root)
}
