/** readCaptureFiles: files and folders → named bytes, folders walked in order and within bounds. */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { importCaptures, readCaptureFiles } from '../../../src/core/replay/import'
import { MAX_FOLDER_DEPTH } from '../../../src/core/replay/import/read-capture-files'
import { captureFixtures, WORKSPACE_ACCOUNT } from '../../helpers/capture-fixtures'

let root = ''
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'mpsim-captures-'))
})
afterEach(() => {
  rmSync(root, { recursive: true, force: true })
})

function write(path: string, content: string | Uint8Array): void {
  mkdirSync(join(root, path, '..'), { recursive: true })
  writeFileSync(join(root, path), content)
}

describe('readCaptureFiles', () => {
  it('walks a folder in name order, leaving hidden entries out, and reads files given directly', async () => {
    const fixtures = captureFixtures()
    write('captures/b.xml', fixtures['xml/text.xml'] ?? '')
    write('captures/a/one.xml', fixtures['xml/event-click.xml'] ?? '')
    write('captures/.DS_Store', 'x')
    write('captures/.git/HEAD', 'ref: refs/heads/main')
    write('session.har', fixtures['har/chrome-mixed.har'] ?? '')
    const inputs = await readCaptureFiles([join(root, 'captures'), join(root, 'session.har')])
    expect(inputs.map((i) => i.name)).toEqual([
      join(root, 'captures/a/one.xml'),
      join(root, 'captures/b.xml'),
      join(root, 'session.har'),
    ])
    const report = importCaptures(inputs, { accounts: [WORKSPACE_ACCOUNT] })
    expect(report.messages.map((m) => m.typeId)).toEqual([
      'event.CLICK',
      'text',
      'text',
      'text',
      'event.CLICK',
    ])
  })

  it('a missing path is reported unreadable, not thrown', async () => {
    const [input] = await readCaptureFiles([join(root, 'nope.xml')])
    expect(input?.unread?.reason).toBe('unreadable')
    expect(input?.bytes.length).toBe(0)
  })

  it('does not follow links to folders (no loops) and stops at the depth limit', async () => {
    write('c/x.xml', '<xml/>')
    symlinkSync(join(root, 'c'), join(root, 'c/loop'))
    let deep = 'd'
    for (let i = 0; i <= MAX_FOLDER_DEPTH; i++) deep += `/${i}`
    write(`${deep}/far.xml`, '<xml/>')
    const inputs = await readCaptureFiles([join(root, 'c'), join(root, 'd')])
    expect(inputs.filter((i) => i.unread === undefined).map((i) => i.name)).toEqual([
      join(root, 'c/x.xml'),
    ])
    expect(inputs.filter((i) => i.unread !== undefined).map((i) => i.unread?.reason)).toEqual([
      'too-large',
    ])
  })
})
