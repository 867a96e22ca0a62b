/**
 * Search on a generated 1M-exchange log (docs/workspace.md "Searching the whole log"): a million
 * compact pushes written straight into closed segments and the active one, indexed at the first
 * open and loaded from the index files at the next; every query answers exactly what was planted.
 * Timings are the bench's business (bench/log-search-case.ts), not asserted here.
 */
import { open as openFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Workspace } from '../../../src/core/workspace'
import { EXCHANGES_FILE } from '../../../src/core/workspace'
import { segmentName } from '../../../src/core/workspace/log-segments'
import type { PushExchange } from '../../../src/shared/model/exchange'
import type { ExchangeFilter } from '../../../src/shared/model/exchange-summary'
import { pushAnalysis } from '../../helpers/exchange-fixtures'
import { useWorkspaces } from './helpers'

const { tempDir, open } = useWorkspaces()

const TOTAL = 1_000_000
const SEGMENT_BYTES = 32 * 1024 * 1024
const RARE_TERM = 'needle-zz9'
/** 16 is a no-reply (n % 3 === 1), the others replies. */
const RARE_AT = [16, 500_000, 999_999]
const RARE_OPENID = 'oRareUser000000000000000001'
const RARE_OPENID_AT = [123_456, 654_321, 999_990]

const outcomeAt = (n: number) =>
  n % 1000 === 7 ? 'service-unavailable' : n % 3 === 1 ? 'no-reply' : 'reply'

function exchangeAt(n: number): PushExchange {
  const openid = RARE_OPENID_AT.includes(n) ? RARE_OPENID : `oUser${n % 1000}`
  const content = RARE_AT.includes(n)
    ? `track ${RARE_TERM}`
    : n % 10 === 0
      ? `hello ${n}`
      : `msg ${n}`
  const outcome = outcomeAt(n)
  return {
    id: `m-${n}`,
    kind: 'push',
    accountId: 'acc-1',
    openid,
    title: 'text',
    simTime: 1_764_000_000 + n,
    attempts: [],
    analysis: pushAnalysis({ plainXml: `<xml><Content><![CDATA[${content}]]></Content></xml>` }),
    verdict: {
      outcome,
      problems: [],
      phoneView: { kind: 'none' },
    } as unknown as PushExchange['verdict'],
  }
}

/** Closed segments of 32 MB, then the last 5,000 lines in the active one. */
async function writeLog(dir: string): Promise<void> {
  let n = 0
  let stamp = Date.UTC(2026, 0, 1)
  while (n < TOTAL) {
    const closing = TOTAL - n > 5000
    stamp += 60_000
    const handle = await openFile(
      join(dir, closing ? segmentName(stamp, 'rotated') : EXCHANGES_FILE),
      'w',
    )
    let size = 0
    try {
      while (n < TOTAL && (!closing || (size < SEGMENT_BYTES && TOTAL - n > 5000))) {
        let chunk = ''
        for (let i = 0; i < 2000 && n < TOTAL; i += 1, n += 1)
          chunk += `${JSON.stringify(exchangeAt(n))}\n`
        const bytes = Buffer.from(chunk)
        await handle.write(bytes)
        size += bytes.length
      }
    } finally {
      await handle.close()
    }
  }
}

/** The newest `limit` numbers below TOTAL for which `holds` is true, oldest first. */
function newest(holds: (n: number) => boolean, limit: number): string[] {
  const out: string[] = []
  for (let n = TOTAL - 1; n >= 0 && out.length < limit; n -= 1) if (holds(n)) out.push(`m-${n}`)
  return out.reverse()
}

const QUERIES: { filter: ExchangeFilter; limit: number; ids: string[] }[] = [
  { filter: { q: RARE_TERM }, limit: 100, ids: RARE_AT.map((n) => `m-${n}`) },
  {
    filter: { q: RARE_TERM.toUpperCase(), outcome: 'no-reply' },
    limit: 100,
    ids: ['m-16'],
  },
  { filter: { q: 'hello' }, limit: 100, ids: newest((n) => n % 10 === 0, 100) },
  { filter: { q: 'no-such-needle' }, limit: 100, ids: [] },
  { filter: { openid: RARE_OPENID }, limit: 100, ids: RARE_OPENID_AT.map((n) => `m-${n}`) },
  {
    filter: { outcome: 'service-unavailable' },
    limit: 50,
    ids: newest((n) => n % 1000 === 7, 50),
  },
  { filter: { kind: 'verify' }, limit: 100, ids: [] },
  { filter: { outcome: 'reply', q: RARE_TERM }, limit: 2, ids: ['m-500000', 'm-999999'] },
]

async function expectAnswers(ws: Workspace): Promise<void> {
  for (const { filter, limit, ids } of QUERIES) {
    const found = await ws.exchangeLog.search(filter, limit)
    expect({ filter, ids: found.map((e) => e.id) }).toEqual({ filter, ids })
  }
  const [rare] = await ws.exchangeLog.search({ q: RARE_TERM }, 1)
  expect(rare).toEqual(exchangeAt(999_999))
  expect(await ws.exchangeLog.find('m-16')).toEqual(exchangeAt(16))
}

describe('search on a generated 1M-exchange log', () => {
  it('answers exactly, from a first build and from the index files', async () => {
    const dir = await tempDir()
    await (await open(dir)).close()
    await writeLog(dir)
    const first = await open(dir)
    await first.exchangeLog.indexReady()
    await expectAnswers(first)
    await first.close()
    const again = await open(dir)
    await again.exchangeLog.indexReady()
    await expectAnswers(again)
  }, 180_000)
})
