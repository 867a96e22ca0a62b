import { appendFile, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { listFiles, exchange, useWorkspaces } from './helpers'

const { tempDir, open } = useWorkspaces()

const STAMP = '2026-11-23T10-00-00-000Z'

async function logLines(dir: string): Promise<string[]> {
  const text = await readFile(join(dir, 'exchanges.ndjson'), 'utf8')
  expect(text.endsWith('\n')).toBe(true)
  return text.slice(0, -1).split('\n')
}

describe('the exchange log', () => {
  it('appends one JSON line per exchange and reads them back after a reopen', async () => {
    const dir = await tempDir()
    const ws = await open(dir)
    ws.exchangeLog.append(exchange('e1'))
    ws.exchangeLog.append({
      id: 'e2',
      kind: 'api',
      accountId: 'acc-1',
      title: '/cgi-bin/token',
      simTime: 1_764_000_000,
      attempts: [],
      errcode: 0,
    })
    expect(ws.exchangeLog.byId('e2')?.title).toBe('/cgi-bin/token') // in memory at once
    await ws.close()

    const lines = await logLines(dir)
    expect(lines.map((l) => (JSON.parse(l) as { id: string }).id)).toEqual(['e1', 'e2'])
    const again = await open(dir)
    expect(again.exchangeLog.recent().map((e) => e.id)).toEqual(['e1', 'e2'])
    expect(again.exchangeLog.byId('e1')).toEqual(exchange('e1'))
    expect(again.exchangeLog.byId('nope')).toBeUndefined()
  })

  it('keeps a bounded window in memory and every line on disk (1500 appended, window 1000)', async () => {
    const dir = await tempDir()
    const ws = await open(dir, { exchangeWindow: 1000 })
    for (let i = 0; i < 1500; i++) ws.exchangeLog.append(exchange(`e${i}`))
    await ws.flush()

    const recent = ws.exchangeLog.recent()
    expect(recent).toHaveLength(1000)
    expect(recent[0]?.id).toBe('e500')
    expect(recent[999]?.id).toBe('e1499')
    expect(ws.exchangeLog.recent(3).map((e) => e.id)).toEqual(['e1497', 'e1498', 'e1499'])
    expect(ws.exchangeLog.byId('e499')).toBeUndefined()
    expect(ws.exchangeLog.byId('e500')?.id).toBe('e500')
    expect(await logLines(dir)).toHaveLength(1500)

    await ws.close()
    const again = await open(dir, { exchangeWindow: 1000 })
    expect(again.exchangeLog.recent()).toHaveLength(1000)
    expect(again.exchangeLog.recent()[0]?.id).toBe('e500')
  })

  it('treats a later record with the same id as an update of the earlier one', async () => {
    const dir = await tempDir()
    const ws = await open(dir)
    ws.exchangeLog.append(exchange('a'))
    ws.exchangeLog.append(exchange('b'))
    ws.exchangeLog.append(exchange('a', { title: 'updated' }))
    expect(ws.exchangeLog.recent().map((e) => [e.id, e.title])).toEqual([
      ['a', 'updated'],
      ['b', 'text'],
    ])
    await ws.close()
    expect(await logLines(dir)).toHaveLength(3)
    const again = await open(dir)
    expect(again.exchangeLog.byId('a')?.title).toBe('updated')
  })

  it('survives a crash mid-append: the cut-off last line is moved aside, earlier lines kept', async () => {
    const dir = await tempDir()
    const ws = await open(dir)
    for (const id of ['e1', 'e2', 'e3']) ws.exchangeLog.append(exchange(id))
    await ws.close()
    const fragment = JSON.stringify(exchange('e4')).slice(0, 40)
    await appendFile(join(dir, 'exchanges.ndjson'), fragment)

    const again = await open(dir)
    expect(again.exchangeLog.recent().map((e) => e.id)).toEqual(['e1', 'e2', 'e3'])
    expect(again.problems).toEqual([
      expect.objectContaining({
        code: 'truncated-line',
        severity: 'warning',
        file: 'exchanges.ndjson',
        line: 4,
        movedTo: `exchanges.corrupt-${STAMP}.ndjson`,
      }),
    ])
    expect(await readFile(join(dir, `exchanges.corrupt-${STAMP}.ndjson`), 'utf8')).toBe(fragment)

    // The next append starts on a clean line, and the following open reports nothing.
    again.exchangeLog.append(exchange('e5'))
    await again.close()
    expect(await logLines(dir)).toHaveLength(4)
    const third = await open(dir)
    expect(third.problems).toEqual([])
    expect(third.exchangeLog.recent().map((e) => e.id)).toEqual(['e1', 'e2', 'e3', 'e5'])
  })

  it('keeps a complete last record that only lacks its newline', async () => {
    const dir = await tempDir()
    await (await open(dir)).close()
    await writeFile(join(dir, 'exchanges.ndjson'), JSON.stringify(exchange('whole')))
    const ws = await open(dir)
    expect(ws.problems).toEqual([])
    ws.exchangeLog.append(exchange('next'))
    await ws.close()
    expect(await logLines(dir)).toHaveLength(2)
  })

  it('skips an invalid line in the middle with a warning, leaving the file as it was', async () => {
    const dir = await tempDir()
    await (await open(dir)).close()
    const text = [
      JSON.stringify(exchange('e1')),
      '{"not": "an exchange"}',
      'garbage',
      '',
      JSON.stringify(exchange('e2')),
      '',
    ].join('\n')
    await writeFile(join(dir, 'exchanges.ndjson'), text)
    const ws = await open(dir)
    expect(ws.exchangeLog.recent().map((e) => e.id)).toEqual(['e1', 'e2'])
    expect(ws.problems.map((p) => [p.code, p.line])).toEqual([
      ['invalid-line', 2],
      ['invalid-line', 3],
    ])
    expect(ws.problems[0]?.message).toContain('line 2 is not an exchange (id is required)')
    expect(await readFile(join(dir, 'exchanges.ndjson'), 'utf8')).toBe(text)
    expect((await listFiles(dir)).filter((f) => f.includes('corrupt'))).toEqual([])
  })

  it('refuses an exchange JSON cannot hold, without putting it in the window', async () => {
    const ws = await open(await tempDir())
    const bad = Object.assign(exchange('big'), { n: 1n })
    expect(() => ws.exchangeLog.append(bad)).toThrow(
      expect.objectContaining({ code: 'invalid-value' }),
    )
    expect(ws.exchangeLog.byId('big')).toBeUndefined()
  })
})
