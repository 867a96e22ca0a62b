/**
 * File › Import captures (the Electron menu's action, tested without Electron): files and folders
 * are imported as the control API's importCaptures does, nothing is sent to the bot, and the
 * report reaches the open app as a `capturesImported` event on the live stream.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { importCaptureFiles } from '../../src/main/import-captures'
import type { RunningCore } from '../../src/core/start-core'
import type { ImportReport } from '../../src/shared/model/capture'
import { startTestCore } from '../helpers/test-core'

let core: RunningCore
let dir: string

beforeAll(async () => {
  core = await startTestCore()
  dir = await mkdtemp(join(tmpdir(), 'mpsim-import-'))
})
afterAll(async () => {
  await core.stop()
  await rm(dir, { recursive: true, force: true })
})

it('reports what it found and skipped, sends nothing, and tells the open app', async () => {
  const push = (content: string) =>
    `<xml><ToUserName><![CDATA[gh_x]]></ToUserName><FromUserName><![CDATA[o_x]]></FromUserName>` +
    `<CreateTime>1</CreateTime><MsgType><![CDATA[text]]></MsgType>` +
    `<Content><![CDATA[${content}]]></Content><MsgId>1</MsgId></xml>`
  await mkdir(join(dir, 'more'))
  await writeFile(join(dir, 'a.xml'), push('imported one'))
  await writeFile(join(dir, 'more', 'b.xml'), push('imported two'))
  await writeFile(join(dir, 'notes.txt'), 'not a push')
  const events: ImportReport[] = []
  const stop = core.bus.on('capturesImported', (report) => events.push(report))
  const before = core.workspace.exchangeLog.recent().length
  try {
    const report = await importCaptureFiles(core, [
      join(dir, 'a.xml'),
      join(dir, 'notes.txt'),
      join(dir, 'more'),
    ])
    expect(report.messages.map((m) => m.plainXml.includes('imported'))).toEqual([true, true])
    expect(report.skipped.map((s) => s.reason)).toEqual(['not-xml'])
    expect(events).toEqual([report])
  } finally {
    stop()
  }
  expect(core.workspace.exchangeLog.recent().length).toBe(before)
})
