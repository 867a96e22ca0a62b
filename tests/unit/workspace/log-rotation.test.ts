/**
 * The exchange log rotates by size (docs/workspace.md "The exchange log"): past `logSegmentMB` the
 * active exchanges.ndjson is renamed to exchanges-<time>.ndjson and a fresh one begun. Segments
 * are never deleted or overwritten, their names sort in time order, and a clear leaves a
 * `-cleared` archive that start-up does not read past.
 */
import { readFile, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Exchange } from '../../../src/shared/model/exchange'
import { exchange, listFiles, NOW, readJson, useWorkspaces } from './helpers'

const { tempDir, open } = useWorkspaces()

const MB = 1024 * 1024
/** About 10 KB a line: a 1 MB segment holds about a hundred. */
const big = (id: string): Exchange => exchange(id, { title: `t-${id}-${'x'.repeat(10_000)}` })

const SEGMENT = /^exchanges-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z\.ndjson$/
const CLEARED = /^exchanges-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z-cleared\.ndjson$/

/** A workspace whose settings.json asks for 1 MB segments. */
async function smallSegments(): Promise<string> {
  const dir = await tempDir()
  await (await open(dir)).close()
  const settings = (await readJson(join(dir, 'settings.json'))) as Record<string, unknown>
  await writeFile(join(dir, 'settings.json'), JSON.stringify({ ...settings, logSegmentMB: 1 }))
  return dir
}

async function logFiles(dir: string): Promise<string[]> {
  return (await listFiles(dir)).filter((f) => f.startsWith('exchanges'))
}

async function idsIn(dir: string, name: string): Promise<string[]> {
  const text = await readFile(join(dir, name), 'utf8')
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => (JSON.parse(line) as { id: string }).id)
}

describe('rotation by size', () => {
  it('starts a new exchanges.ndjson past logSegmentMB and keeps the old one, no line lost', async () => {
    const dir = await smallSegments()
    const ws = await open(dir)
    expect(ws.problems).toEqual([])
    const ids = Array.from({ length: 150 }, (_, i) => `e${i}`)
    for (const id of ids) ws.exchangeLog.append(big(id))
    await ws.flush()

    const files = await logFiles(dir)
    expect(files).toHaveLength(2)
    const [segment, active] = files as [string, string]
    expect(active).toBe('exchanges.ndjson')
    expect(segment).toMatch(SEGMENT)
    // The segment is named after the moment it was closed (the workspace clock), to the ms.
    expect(segment).toBe('exchanges-2026-11-23T10-00-00-000Z.ndjson')
    expect((await stat(join(dir, segment))).size).toBeLessThanOrEqual(MB)
    expect((await stat(join(dir, active))).size).toBeLessThanOrEqual(MB)
    expect([...(await idsIn(dir, segment)), ...(await idsIn(dir, active))]).toEqual(ids)
    expect(ws.problems).toEqual([])
  })

  it('never overwrites a segment: a frozen clock still gives each a new name, in time order', async () => {
    const dir = await smallSegments()
    const ws = await open(dir) // the helpers' clock never moves
    const ids = Array.from({ length: 520 }, (_, i) => `e${i}`)
    for (const id of ids) ws.exchangeLog.append(big(id))
    await ws.close()

    const files = await logFiles(dir)
    const segments = files.filter((f) => f !== 'exchanges.ndjson')
    expect(segments.length).toBeGreaterThanOrEqual(4)
    for (const name of segments) expect(name).toMatch(SEGMENT)
    // Sorted by name = the order they were written in: reading them in that order gives every id.
    const all: string[] = []
    for (const name of [...segments].sort()) all.push(...(await idsIn(dir, name)))
    all.push(...(await idsIn(dir, 'exchanges.ndjson')))
    expect(all).toEqual(ids)

    // A later start continues after the newest name, never reusing one.
    const again = await open(dir)
    for (let i = 0; i < 120; i++) again.exchangeLog.append(big(`f${i}`))
    await again.close()
    const later = (await logFiles(dir)).filter((f) => f !== 'exchanges.ndjson')
    expect(later.length).toBeGreaterThan(segments.length)
    expect(later.slice(0, segments.length)).toEqual(segments)
  })

  it('applies a logSegmentMB changed while running to the next append', async () => {
    const dir = await tempDir()
    const ws = await open(dir)
    for (let i = 0; i < 150; i++) ws.exchangeLog.append(big(`a${i}`))
    await ws.flush()
    expect(await logFiles(dir)).toEqual(['exchanges.ndjson']) // 1.5 MB: under the 64 MB default

    await ws.updateSettings({ logSegmentMB: 1 })
    ws.exchangeLog.append(big('b0'))
    await ws.flush()
    const files = await logFiles(dir)
    expect(files).toHaveLength(2)
    expect(await idsIn(dir, 'exchanges.ndjson')).toEqual(['b0'])
  })

  it('clear leaves a -cleared archive; the next start shows nothing from before the clear', async () => {
    const dir = await smallSegments()
    const ws = await open(dir)
    for (let i = 0; i < 150; i++) ws.exchangeLog.append(big(`e${i}`))
    await ws.flush()
    const archived = await ws.exchangeLog.clear(NOW)
    expect(archived).toMatch(CLEARED)
    await ws.close()

    // Sorted by name (as a file browser lists them): the segment, then the archive of the clear.
    // (No exchanges.ndjson yet: the next append begins it.)
    expect(await logFiles(dir)).toEqual([expect.stringMatching(SEGMENT), archived])
    const again = await open(dir)
    expect(again.exchangeLog.recent()).toEqual([])
  })
})

describe('the logSegmentMB setting', () => {
  it('defaults to 64 MB when absent, and takes whole megabytes from 1 to 1024', async () => {
    const ws = await open(await tempDir())
    expect(ws.settings.logSegmentMB).toBeUndefined()
    await expect(ws.updateSettings({ logSegmentMB: 1 })).resolves.toMatchObject({
      logSegmentMB: 1,
    })
    await expect(ws.updateSettings({ logSegmentMB: 1024 })).resolves.toMatchObject({
      logSegmentMB: 1024,
    })
    for (const bad of [0, 1025, 1.5]) {
      await expect(ws.updateSettings({ logSegmentMB: bad })).rejects.toMatchObject({
        code: 'invalid-value',
      })
    }
    expect(ws.settings.logSegmentMB).toBe(1024)
  })
})
