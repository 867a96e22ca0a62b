/**
 * Where `mpsim replay` reads a suite's `send: {capture}` files (docs/replay.md "CLI"): a plain
 * path beside the suite file, wherever it is; a path made of variables (one file per row) by the
 * core, beside the suite inside the workspace's suites/ — refused, with the reason, for a suite
 * elsewhere rather than read from another folder.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli, stopChildren } from './helpers'

const capture = (content: string) =>
  `<xml><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[${content}]]></Content></xml>`

const ROWS = `version: 1
name: rows
rows:
  - { file: image.xml, type: image }
  - { file: voice.xml, type: voice }
steps:
  - name: "{{row.file}}"
    send: { capture: "{{row.file}}" }
    expect: { replyType: "{{row.type}}" }
`

const PLAIN = `version: 1
name: plain
steps:
  - send: { capture: image.xml }
    expect: { replyType: image }
`

let dir = ''

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mpsim-replay-captures-'))
  for (const folder of [join(dir, 'ws', 'suites', 'deep'), join(dir, 'elsewhere')]) {
    await mkdir(folder, { recursive: true })
    await writeFile(join(folder, 'image.xml'), capture('image'))
    await writeFile(join(folder, 'voice.xml'), capture('voice'))
    await writeFile(join(folder, 'rows.yaml'), ROWS)
    await writeFile(join(folder, 'plain.yaml'), PLAIN)
  }
})

afterAll(async () => {
  stopChildren()
  await rm(dir, { recursive: true, force: true })
})

describe.concurrent('capture paths of a suite run from the command line', () => {
  it('reads a path made of variables beside the suite, in a folder of suites/', async () => {
    const ran = await runCli([
      'replay',
      join(dir, 'ws', 'suites', 'deep', 'rows.yaml'),
      '--workspace',
      join(dir, 'ws'),
    ])
    expect(ran.stdout).toContain('✓ 1. image.xml [row 1] — passed')
    expect(ran.stdout).toContain('✓ 1. voice.xml [row 2] — passed')
    expect(ran.code).toBe(0)
  }, 120_000)

  it('refuses a path made of variables for a suite outside suites/, saying why', async () => {
    const ran = await runCli([
      'replay',
      join(dir, 'elsewhere', 'rows.yaml'),
      '--workspace',
      join(dir, 'ws-2'),
    ])
    expect(ran.stderr).toMatch(/rows\.yaml: steps\.0\.send\.capture: a capture path with variables/)
    expect(ran.code).toBe(2)
  }, 120_000)

  it('reads a plain path beside the suite wherever it is', async () => {
    const ran = await runCli([
      'replay',
      join(dir, 'elsewhere', 'plain.yaml'),
      '--workspace',
      join(dir, 'ws-3'),
    ])
    expect(ran.stdout).toMatch(/✓ 1\. .* — passed/)
    expect(ran.code).toBe(0)
  }, 120_000)
})
