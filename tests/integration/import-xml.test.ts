/**
 * File › Import captured XML (the Electron menu's action, tested without Electron): every file that
 * is a push is delivered; files that are not are reported by name with the reason.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { importPushFiles } from '../../src/main/import-xml'
import { startCore } from '../../src/core/start-core'
import type { RunningCore } from '../../src/core/start-core'

let core: RunningCore
let dir: string

beforeAll(async () => {
  core = await startCore({
    host: 'node',
    version: 'test',
    controlPort: 0,
    platformPort: 0,
    botPort: 0,
  })
  dir = await mkdtemp(join(tmpdir(), 'mpsim-import-'))
})
afterAll(async () => {
  await core.stop()
  await rm(dir, { recursive: true, force: true })
})

it('sends the pushes and names the files it refused', async () => {
  const push = (content: string) =>
    `<xml><ToUserName><![CDATA[gh_x]]></ToUserName><FromUserName><![CDATA[o_x]]></FromUserName>` +
    `<CreateTime>1</CreateTime><MsgType><![CDATA[text]]></MsgType>` +
    `<Content><![CDATA[${content}]]></Content><MsgId>1</MsgId></xml>`
  await writeFile(join(dir, 'a.xml'), push('imported one'))
  await writeFile(join(dir, 'b.xml'), push('imported two'))
  await writeFile(join(dir, 'notes.xml'), 'not a push')
  const before = core.workspace.exchangeLog.recent().length
  const result = await importPushFiles(core, [
    join(dir, 'a.xml'),
    join(dir, 'notes.xml'),
    join(dir, 'b.xml'),
    join(dir, 'missing.xml'),
  ])
  expect(result.sent).toBe(2)
  expect(result.refused.map((r) => r.file)).toEqual(['notes.xml', 'missing.xml'])
  expect(result.refused[1]?.reason).toContain('ENOENT')
  const bodies = core.workspace.exchangeLog
    .recent()
    .slice(before)
    .map((e) => e.attempts[0]?.request.body.text ?? '')
  expect(bodies.some((b) => b.includes('imported one'))).toBe(true)
  expect(bodies.some((b) => b.includes('imported two'))).toBe(true)
})
