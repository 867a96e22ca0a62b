/**
 * Start-up reads the exchange log from its end (docs/workspace.md "The exchange log"): only what
 * the in-memory window needs, whatever the log's size, with whole lines and intact text across
 * read chunks; a torn last line is set aside and cut off so later appends stay clean.
 */
import { readFile, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ExchangeWindow } from '../../../src/core/workspace/exchange-window'
import { readExchangeLog } from '../../../src/core/workspace/read-exchange-log'
import type { Exchange, PushExchange } from '../../../src/shared/model/exchange'
import { exchange, listFiles, NOW, readJson, useWorkspaces } from './helpers'

const { tempDir, open } = useWorkspaces()

const STAMP = '2026-11-23T10-00-00-000Z'

/** About 1 KB a line, with text outside ASCII so chunk edges fall inside multi-byte characters. */
const line = (id: string, extra: Partial<PushExchange> = {}): string =>
  `${JSON.stringify(exchange(id, { title: `消息 ${id} ${'文'.repeat(300)}`, ...extra }))}\n`

/** A closed workspace whose log is `text`. */
async function workspaceWithLog(text: string): Promise<string> {
  const dir = await tempDir()
  await (await open(dir)).close()
  await writeFile(join(dir, 'exchanges.ndjson'), text)
  return dir
}

const ids = (list: readonly Exchange[]) => list.map((e) => e.id)
const range = (from: number, to: number) =>
  Array.from({ length: to - from }, (_, i) => `e${from + i}`)

describe('start-up reads the log from its end', () => {
  it('reads only what a window of 100 needs from a 4 MB log: a bad first line is never reached', async () => {
    const lines = range(0, 4000).map((id) => line(id))
    // A line longer than any read chunk, near the end, must come back whole.
    lines[3950] = line('e3950', { title: `长${'字'.repeat(400_000)}` })
    const dir = await workspaceWithLog(['garbage\n', ...lines].join(''))
    const size = (await stat(join(dir, 'exchanges.ndjson'))).size

    const ws = await open(dir, { exchangeWindow: 100 })
    expect(ws.problems).toEqual([])
    const recent = ws.exchangeLog.recent()
    expect(ids(recent)).toEqual(range(3900, 4000))
    expect(recent[0]?.title).toBe(`消息 e3900 ${'文'.repeat(300)}`)
    expect(ws.exchangeLog.byId('e3950')?.title).toBe(`长${'字'.repeat(400_000)}`)

    const reading = await readExchangeLog(dir, new ExchangeWindow(100), NOW)
    expect(reading.bytesRead).toBeLessThan(size / 2)
    expect(reading.size).toBe(size)
  })

  it('reports an invalid line it reads, and keeps the rest of the window', async () => {
    const lines = range(0, 3000).map((id) => line(id))
    lines[2990] = '{"not": "an exchange"}\n'
    const dir = await workspaceWithLog(['garbage\n', ...lines].join(''))
    const ws = await open(dir, { exchangeWindow: 50 })
    expect(ws.problems).toEqual([
      expect.objectContaining({
        code: 'invalid-line',
        severity: 'warning',
        file: 'exchanges.ndjson',
      }),
    ])
    expect(ws.problems[0]?.message).toContain('line 10 from the end')
    expect(ids(ws.exchangeLog.recent())).toEqual(range(2949, 3000).filter((id) => id !== 'e2990'))
  })

  it('sets a torn last line of a big log aside and cuts it off; appends then go on cleanly', async () => {
    const whole = range(0, 3000)
      .map((id) => line(id))
      .join('')
    const fragment = line('e3000').slice(0, 200)
    const dir = await workspaceWithLog(whole + fragment)

    const reading = await readExchangeLog(dir, new ExchangeWindow(100), NOW)
    expect(reading.bytesRead).toBeLessThan(Buffer.byteLength(whole) / 2)
    expect(reading.problems).toEqual([
      expect.objectContaining({
        code: 'truncated-line',
        file: 'exchanges.ndjson',
        movedTo: `exchanges.corrupt-${STAMP}.ndjson`,
        usedInstead: 'skipped',
      }),
    ])
    expect(await readFile(join(dir, `exchanges.corrupt-${STAMP}.ndjson`), 'utf8')).toBe(fragment)
    expect(await readFile(join(dir, 'exchanges.ndjson'), 'utf8')).toBe(whole)

    const ws = await open(dir, { exchangeWindow: 100 })
    expect(ws.problems).toEqual([])
    ws.exchangeLog.append(exchange('after'))
    await ws.close()
    const again = await open(dir, { exchangeWindow: 100 })
    expect(again.problems).toEqual([])
    expect(ids(again.exchangeLog.recent()).slice(-2)).toEqual(['e2999', 'after'])
  })

  it('fills the window from the previous segment when the active one has fewer', async () => {
    const dir = await tempDir()
    await (await open(dir)).close()
    const settings = (await readJson(join(dir, 'settings.json'))) as Record<string, unknown>
    await writeFile(join(dir, 'settings.json'), JSON.stringify({ ...settings, logSegmentMB: 1 }))
    const ws = await open(dir)
    expect(ws.problems).toEqual([])
    const all = range(0, 150)
    for (const id of all) ws.exchangeLog.append(exchange(id, { title: 'x'.repeat(10_000) }))
    await ws.close()
    const files = (await listFiles(dir)).filter((f) => f.startsWith('exchanges'))
    expect(files).toHaveLength(2)

    const again = await open(dir, { exchangeWindow: 120 })
    expect(again.problems).toEqual([])
    expect(ids(again.exchangeLog.recent())).toEqual(all.slice(-120))
  })

  it('keeps a complete last record that lacks its newline, in a log bigger than a chunk', async () => {
    const whole = range(0, 2000)
      .map((id) => line(id))
      .join('')
    const dir = await workspaceWithLog(whole + line('e2000').trimEnd())
    const reading = await readExchangeLog(dir, new ExchangeWindow(10), NOW)
    expect(reading.problems).toEqual([])
    expect(reading.needsNewline).toBe(true)
    const ws = await open(dir, { exchangeWindow: 10 })
    ws.exchangeLog.append(exchange('next'))
    await ws.close()
    const again = await open(dir, { exchangeWindow: 10 })
    expect(again.problems).toEqual([])
    expect(ids(again.exchangeLog.recent()).slice(-2)).toEqual(['e2000', 'next'])
  })
})
