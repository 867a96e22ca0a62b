/**
 * The control API over a log bigger than the in-memory window (docs/workspace.md "Searching the
 * whole log"): listExchanges and getExchange reach every exchange since the last clear, and
 * exportExchanges streams — as its JSON answer, and as a download from
 * /api/exchanges/export/file — exactly what the list holds, in the formats it always had.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startCore } from '../../src/core/start-core'
import type { RunningCore } from '../../src/core/start-core'
import { TOKEN_HEADER } from '../../src/shared/control/contract'
import type { ControlErrorBody } from '../../src/shared/control/errors'
import type { Exchange } from '../../src/shared/model/exchange'
import { matchesExchange } from '../../src/shared/model/exchange-summary'
import { rng, variedExchange } from '../unit/workspace/log-search-fixtures'

/** More than the window the core keeps in memory (1,000). */
const COUNT = 2600

let core: RunningCore
let dir: string
let all: Exchange[]

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mpsim-ctl-whole-'))
  core = await startCore({
    host: 'node',
    version: 'test',
    controlPort: 0,
    platformPort: 0,
    botPort: 0,
    workspaceDir: join(dir, 'ws'),
  })
  const pick = rng(17)
  all = Array.from({ length: COUNT }, (_, n) => variedExchange(n, pick))
  for (const exchange of all) core.workspace.exchangeLog.append(exchange)
  await core.workspace.exchangeLog.flush()
})
afterAll(async () => {
  await core.stop()
  await rm(dir, { recursive: true, force: true })
})

async function get(path: string): Promise<Response> {
  return fetch(`${core.url}${path}`, { headers: { [TOKEN_HEADER]: core.token } })
}
const ids = (list: readonly Exchange[]) => list.map((e) => e.id)
const matching = (filter: Parameters<typeof matchesExchange>[1]) =>
  all.filter((e) => matchesExchange(e, filter))

type Exported = { filename: string; mediaType: string; count: number; text: string }

describe('listExchanges and getExchange over the whole log', () => {
  it('lists every exchange, past the window', async () => {
    expect(core.workspace.exchangeLog.recent().length).toBeLessThan(COUNT)
    const listed = (await (await get('/api/exchanges?limit=10000')).json()) as Exchange[]
    expect(ids(listed)).toEqual(ids(all))
  })

  it('filters the whole log as the inspector does', async () => {
    const listed = (await (await get('/api/exchanges?q=HELLO&limit=10000')).json()) as Exchange[]
    expect(ids(listed)).toEqual(ids(matching({ q: 'HELLO' })))
    const oldest = all[0] as Exchange
    const byId = (await (await get(`/api/exchanges?q=${oldest.id}&limit=1`)).json()) as Exchange[]
    expect(ids(byId)).toEqual(ids(matching({ q: oldest.id }).slice(-1)))
  })
})

describe('exportExchanges, streamed', () => {
  it('NDJSON: the JSON answer holds every match, one a line', async () => {
    const res = await get('/api/exchanges/export?format=ndjson&kind=push')
    expect(res.status).toBe(200)
    // Written as it is read: no length known in advance.
    expect(res.headers.get('content-length')).toBeNull()
    const json = (await res.json()) as Exported
    const pushes = matching({ kind: 'push' })
    expect(json.filename).toMatch(/^mpsim-exchanges-\d{8}T\d{6}\.ndjson$/)
    expect(json.mediaType).toBe('application/x-ndjson')
    expect(json.count).toBe(pushes.length)
    expect(json.text.endsWith('\n')).toBe(true)
    const lines = json.text.trimEnd().split('\n')
    expect(lines.map((line) => JSON.parse(line) as Exchange)).toEqual(pushes)
  })

  it('JSON: byte for byte what JSON.stringify(list, null, 2) writes', async () => {
    const json = (await (
      await get('/api/exchanges/export?q=%E9%80%80%E6%AC%BE')
    ).json()) as Exported
    const list = matching({ q: '退款' })
    expect(list.length).toBeGreaterThan(1)
    expect(json.count).toBe(list.length)
    expect(json.text).toBe(JSON.stringify(list, null, 2))
  })

  it('the download route answers the file itself, with its name', async () => {
    const res = await get('/api/exchanges/export/file?format=ndjson&outcome=failed')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/x-ndjson; charset=utf-8')
    expect(res.headers.get('content-disposition')).toMatch(
      /^attachment; filename="?mpsim-exchanges-\d{8}T\d{6}\.ndjson"?$/,
    )
    const lines = (await res.text()).trimEnd().split('\n')
    expect(lines.map((line) => JSON.parse(line) as Exchange)).toEqual(
      matching({ outcome: 'failed' }),
    )
    const all = await (await get('/api/exchanges/export/file')).text()
    expect((JSON.parse(all) as Exchange[]).length).toBe(COUNT)
  })

  it('an empty download is an empty file, not an error', async () => {
    const res = await get('/api/exchanges/export/file?q=no-such-text-anywhere')
    expect(res.status).toBe(200)
    expect(await res.text()).toBe('[]')
  })

  it.each(['format=xml', 'limit=5', 'kind=mail'])(
    'the download refuses %s with 400',
    async (query) => {
      const res = await get(`/api/exchanges/export/file?${query}`)
      expect(res.status).toBe(400)
      expect(((await res.json()) as ControlErrorBody).error.code).toBe('invalid-input')
    },
  )

  it('the download needs the token like every command', async () => {
    const res = await fetch(`${core.url}/api/exchanges/export/file`)
    expect(res.status).toBe(401)
  })
})
