/**
 * File › Import captured XML: each file is one push (as captured from WeChat or saved from the
 * inspector), delivered to the bot with fresh signatures as the phone's current user. Files that
 * are not a push are reported, never half-sent.
 */
import { readFile } from 'node:fs/promises'
import { basename } from 'node:path'
import type { RunningCore } from '../core/start-core'
import { pushFromXml } from '../core/engine/push-from-xml'

export interface ImportResult {
  readonly sent: number
  readonly refused: readonly { file: string; reason: string }[]
}

export async function importPushFiles(
  core: RunningCore,
  files: readonly string[],
): Promise<ImportResult> {
  let sent = 0
  const refused: { file: string; reason: string }[] = []
  for (const file of files) {
    try {
      const push = pushFromXml(await readFile(file, 'utf8'))
      await core.engine.send(push)
      sent += 1
    } catch (error) {
      refused.push({
        file: basename(file),
        reason: error instanceof Error ? error.message : 'unreadable',
      })
    }
  }
  return { sent, refused }
}
