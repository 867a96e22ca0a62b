/**
 * Searching the whole exchange log (docs/workspace.md "Searching the whole log"): across closed
 * segments and the active one, live and after a reopen, the answer is exactly what matchesExchange
 * picks from every exchange since the last clear — for text with the edge cases of a substring
 * search, for every column filter, for any limit. The index files are rebuilt when missing,
 * damaged, cut short or another segment's; a clear starts an empty search.
 */
import { appendFile, readdir, readFile, rm, truncate, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { decodeSidecar } from '../../../src/core/workspace/exchange-index/sidecar'
import type { Workspace } from '../../../src/core/workspace'
import type { Exchange } from '../../../src/shared/model/exchange'
import { exchangeSearchText, matchesExchange } from '../../../src/shared/model/exchange-summary'
import type { ExchangeFilter } from '../../../src/shared/model/exchange-summary'
import { readJson, useWorkspaces } from './helpers'
import { ACCOUNTS, OPENIDS, rng, variedExchange, WORDS } from './log-search-fixtures'

const { tempDir, open } = useWorkspaces()

const COUNT = 1500
const INDEX_DIR = 'exchange-index'

/** A workspace with 1 MB segments holding COUNT varied exchanges; returns them in log order. */
async function generatedLog(dir: string): Promise<{ ws: Workspace; all: Exchange[] }> {
  await (await open(dir)).close()
  const settings = (await readJson(join(dir, 'settings.json'))) as Record<string, unknown>
  await writeFile(join(dir, 'settings.json'), JSON.stringify({ ...settings, logSegmentMB: 1 }))
  const ws = await open(dir, { exchangeWindow: 50 })
  const pick = rng(42)
  const all = Array.from({ length: COUNT }, (_, n) => variedExchange(n, pick))
  for (const exchange of all) ws.exchangeLog.append(exchange)
  await ws.flush()
  return { ws, all }
}

/** What the search must answer: matchesExchange over everything, the newest `limit`. */
function expected(all: readonly Exchange[], filter: ExchangeFilter, limit: number): string[] {
  return all
    .filter((e) => matchesExchange(e, filter))
    .slice(-limit)
    .map((e) => e.id)
}

/** Text queries: the fixture words, their pieces and case changes, and pieces of real texts. */
function textQueries(all: readonly Exchange[]): string[] {
  const pick = rng(7)
  const fixed = [
    ...WORDS,
    ...WORDS.map((w) => w.toUpperCase()),
    'HeLLo',
    '退',
    '世界',
    '"hi"',
    '\\',
    'slash',
    '\t',
    'line\nbreak',
    '\u0001',
    '😀',
    '\ud83d',
    'οδος',
    'ς',
    'σ',
    'i̇stanbul',
    'istanbul',
    'kelvin',
    'access_token fetched',
    '获取 access_token',
    '发送客服消息',
    'url 验证',
    'URL verification',
    '</content>',
    'msg 1',
    'msg 12',
    'x-1',
    'x-1z',
    'a',
    'ab',
    '5176',
    'sealed',
    'you said',
    'ciphertext',
    'echostr',
    'shop.example/page/1',
    'no-such-text-anywhere',
    '  padded hello  ',
  ]
  const pieces = Array.from({ length: 40 }, () => {
    const text = exchangeSearchText(all[pick(all.length)] as Exchange)
    const from = pick(Math.max(1, text.length - 1))
    const piece = text.slice(from, from + 1 + pick(12))
    return pick(2) === 0 ? piece.toUpperCase() : piece
  })
  return [...fixed, ...pieces]
}

function filters(all: readonly Exchange[]): ExchangeFilter[] {
  const texts = textQueries(all).map((q) => ({ q }))
  return [
    {},
    ...texts,
    { kind: 'push' },
    { kind: 'api', outcome: 'failed' },
    { kind: 'verify', outcome: 'ok' },
    { outcome: 'service-unavailable' },
    { outcome: 'reply', q: 'hello' },
    { kind: 'page', outcome: 'failed', q: 'page' },
    { accountId: ACCOUNTS[1] },
    { accountId: 'acc-none' },
    { openid: OPENIDS[0] },
    { openid: OPENIDS[2], kind: 'push', q: '退款' },
    { openid: 'o-nobody' },
    { accountId: ACCOUNTS[0], openid: OPENIDS[1], outcome: 'no-reply' },
    { q: '' },
    { q: '   ' },
  ]
}

async function expectSearchMatches(ws: Workspace, all: readonly Exchange[]): Promise<void> {
  for (const filter of filters(all)) {
    const matching = expected(all, filter, Number.POSITIVE_INFINITY)
    for (const limit of [1, 30, 10_000]) {
      const found = await ws.exchangeLog.search(filter, limit)
      expect({ filter, limit, ids: found.map((e) => e.id) }).toEqual({
        filter,
        limit,
        ids: matching.slice(-limit),
      })
    }
  }
}

async function indexFiles(dir: string): Promise<string[]> {
  return (await readdir(join(dir, INDEX_DIR)).catch(() => [] as string[])).sort()
}

describe('searching the whole exchange log', () => {
  it('answers what matchesExchange picks, live and after a reopen from the index files', async () => {
    const dir = await tempDir()
    const { ws, all } = await generatedLog(dir)
    const segments = (await readdir(dir)).filter((f) => /^exchanges-.*\.ndjson$/.test(f))
    expect(segments.length).toBeGreaterThanOrEqual(3)
    expect(ws.exchangeLog.recent()).toHaveLength(50)
    await expectSearchMatches(ws, all)
    await ws.close()

    // One index file per closed segment, and the active segment's checkpoint.
    expect(await indexFiles(dir)).toEqual(
      [...segments.map((s) => `${s}.idx`), 'exchanges.ndjson.idx'].sort(),
    )
    const again = await open(dir, { exchangeWindow: 50 })
    await again.exchangeLog.indexReady()
    await expectSearchMatches(again, all)
    // Records come back whole from disk.
    const [oldest] = await again.exchangeLog.search({ q: all[0]?.id ?? '' }, 1)
    expect(oldest).toEqual(all[0])
  })

  it('finds an exchange by id anywhere in the log', async () => {
    const dir = await tempDir()
    const { ws, all } = await generatedLog(dir)
    await ws.close()
    const again = await open(dir, { exchangeWindow: 10 })
    for (const n of [0, 1, 999, COUNT - 1]) {
      expect(await again.exchangeLog.find(all[n]?.id ?? '')).toEqual(all[n])
    }
    expect(again.exchangeLog.byId(all[0]?.id ?? '')).toBeUndefined()
    expect(await again.exchangeLog.find('x-nope')).toBeUndefined()
  })

  it('rebuilds index files that are missing, damaged, cut short or of another segment', async () => {
    const dir = await tempDir()
    const { ws, all } = await generatedLog(dir)
    await ws.close()
    const files = (await indexFiles(dir)).filter((f) => f !== 'exchanges.ndjson.idx')
    const [missing, another, damaged] = files.map((f) => join(dir, INDEX_DIR, f))
    const checkpoint = join(dir, INDEX_DIR, 'exchanges.ndjson.idx')
    if (!missing || !another || !damaged) throw new Error('expected three index files')
    await rm(missing)
    const bytes = await readFile(damaged)
    await writeFile(another, bytes)
    bytes[bytes.length - 100] = (bytes[bytes.length - 100] ?? 0) ^ 0xff
    await writeFile(damaged, bytes)
    await truncate(checkpoint, 200)

    const again = await open(dir, { exchangeWindow: 50 })
    await again.exchangeLog.indexReady()
    await expectSearchMatches(again, all)
    await again.close()
    for (const file of [missing, another, damaged, checkpoint]) {
      expect(decodeSidecar(await readFile(file)), file).toBeDefined()
    }
    expect(await readFile(another)).not.toEqual(await readFile(damaged))
  })

  it('goes on from the checkpoint when lines were added after it (a run that was killed)', async () => {
    const dir = await tempDir()
    const { ws, all } = await generatedLog(dir)
    await ws.close()
    const pick = rng(9)
    const later = Array.from({ length: 300 }, (_, n) => variedExchange(COUNT + n, pick))
    await appendFile(
      join(dir, 'exchanges.ndjson'),
      later.map((e) => `${JSON.stringify(e)}\n`).join(''),
    )
    const again = await open(dir, { exchangeWindow: 50 })
    await again.exchangeLog.indexReady()
    await expectSearchMatches(again, [...all, ...later])
  })

  it('after a clear, searches only what came after it, then and after a reopen', async () => {
    const dir = await tempDir()
    const { ws } = await generatedLog(dir)
    await ws.exchangeLog.clear(Date.now())
    expect(await ws.exchangeLog.search({}, 10_000)).toEqual([])
    const pick = rng(3)
    const after = Array.from({ length: 40 }, (_, n) => variedExchange(n, pick, 'after'))
    for (const exchange of after) ws.exchangeLog.append(exchange)
    expect((await ws.exchangeLog.search({}, 10_000)).map((e) => e.id)).toEqual(
      after.map((e) => e.id),
    )
    await ws.close()
    const again = await open(dir, { exchangeWindow: 10 })
    await again.exchangeLog.indexReady()
    await expectSearchMatches(again, after)
  })

  it('lists exchanges appended a moment ago, before their line is written', async () => {
    const dir = await tempDir()
    const ws = await open(dir, { exchangeWindow: 5 })
    await ws.exchangeLog.indexReady()
    const pick = rng(5)
    const all = Array.from({ length: 200 }, (_, n) => variedExchange(n, pick))
    for (const exchange of all) ws.exchangeLog.append(exchange)
    // Not awaited: more than the window is still being written.
    expect((await ws.exchangeLog.search({}, 10_000)).map((e) => e.id)).toEqual(all.map((e) => e.id))
    await expectSearchMatches(ws, all)
  })

  it('lists an exchange recorded again under its id once, by its newest record', async () => {
    const dir = await tempDir()
    const ws = await open(dir)
    const pick = rng(11)
    const all = Array.from({ length: 30 }, (_, n) => variedExchange(n, pick))
    for (const exchange of all) ws.exchangeLog.append(exchange)
    const first = all[3] as Exchange
    ws.exchangeLog.append({ ...first, title: 'updated record' })
    await ws.flush()
    const listed = await ws.exchangeLog.search({}, 100)
    expect(listed.filter((e) => e.id === first.id).map((e) => e.title)).toEqual(['updated record'])
    expect(listed.map((e) => e.id)).toEqual(all.map((e) => e.id))
    expect((await ws.exchangeLog.search({ q: 'updated record' }, 100)).map((e) => e.id)).toEqual([
      first.id,
    ])
    expect(
      await ws.exchangeLog.search({ q: first.title, kind: first.kind, openid: 'x' }, 100),
    ).toEqual([])
  })

  it('skips a line that is not an exchange, as start-up does', async () => {
    const dir = await tempDir()
    const { ws, all } = await generatedLog(dir)
    await ws.close()
    await appendFile(
      join(dir, 'exchanges.ndjson'),
      '{"id":"bad","kind":"push","note":"hello"}\nnot json hello\n',
    )
    const again = await open(dir, { exchangeWindow: 50 })
    await again.exchangeLog.indexReady()
    expect((await again.exchangeLog.search({ q: 'hello' }, 10_000)).map((e) => e.id)).toEqual(
      expected(all, { q: 'hello' }, 10_000),
    )
  })

  it('exports every match oldest first, in batches, whatever the window', async () => {
    const dir = await tempDir()
    const { ws, all } = await generatedLog(dir)
    const ids: string[] = []
    for await (const batch of ws.exchangeLog.exportMatches({ kind: 'push' })) {
      ids.push(...batch.map((e) => e.id))
    }
    expect(ids).toEqual(expected(all, { kind: 'push' }, Number.POSITIVE_INFINITY))
  })
})
