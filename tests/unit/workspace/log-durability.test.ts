/**
 * What is on disk when (docs/workspace.md "The exchange log"): written() resolves once every
 * exchange appended so far has been handed to the operating system — it then survives the
 * process being killed — and never rejects, so a caller can wait on it before answering.
 */
import { mkdir, readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { exchange, useWorkspaces } from './helpers'

const { tempDir, open } = useWorkspaces()

describe('written()', () => {
  it('resolves once the appended lines are in the file, behind a large backlog too', async () => {
    const dir = await tempDir()
    const ws = await open(dir)
    for (let i = 0; i < 200; i++)
      ws.exchangeLog.append(exchange(`b${i}`, { title: 'x'.repeat(50_000) }))
    ws.exchangeLog.append(exchange('last'))
    await ws.exchangeLog.written()
    const text = await readFile(join(dir, 'exchanges.ndjson'), 'utf8')
    expect(text.endsWith(`${JSON.stringify(exchange('last'))}\n`)).toBe(true)
  })

  it('does not reject when the write fails; flush() still reports the failure', async () => {
    const dir = await tempDir()
    const ws = await open(dir)
    // A folder where the log file should be: every append fails, for root too (a read-only
    // folder would not stop root, and CI runs as root).
    await rm(join(dir, 'exchanges.ndjson'), { force: true })
    await mkdir(join(dir, 'exchanges.ndjson'))
    ws.exchangeLog.append(exchange('lost'))
    await expect(ws.exchangeLog.written()).resolves.toBeUndefined()
    await expect(ws.exchangeLog.flush()).rejects.toMatchObject({ code: 'not-writable' })
    await rm(join(dir, 'exchanges.ndjson'), { recursive: true })
  })
})
