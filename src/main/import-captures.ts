/**
 * File › Import captures: the picked files and folders (XML bodies, HAR, mpsim logs and exports)
 * are read and imported as the control API's importCaptures does (docs/replay.md "Import"), and
 * the report goes to the open app as a `capturesImported` event: its Replay panel opens on what
 * was found and what was skipped, exactly as for files dropped on the window. Nothing is sent to
 * the bot here; replaying is the panel's choice.
 */
import type { ImportReport } from '../shared/model/capture'
import { importCaptures, readCaptureFiles } from '../core/replay/import'
import type { RunningCore } from '../core/start-core'

export async function importCaptureFiles(
  core: RunningCore,
  paths: readonly string[],
): Promise<ImportReport> {
  const inputs = await readCaptureFiles(paths)
  const report = importCaptures(inputs, { accounts: core.workspace.directory.listAccounts() })
  core.bus.emit('capturesImported', report)
  return report
}
