/**
 * Searching the whole exchange log (docs/workspace.md "Searching the whole log"): a log of 1M
 * realistic pushes — real Exchanges made by the push engine against the minimal bot (text,
 * image, menu click and location messages from 1,000 users, some to a bot that is down), then
 * written as NDJSON segments with a fresh id each — opened in a child process, as the core opens
 * it. Prints the index build (first open) and load (next opens) times, the latency of each kind of
 * query against the 200 ms goal, and the child's RSS. Then, separately, a core's RSS while real
 * pushes are recorded through the engine against the minimal bot, for up to 1M pushes or
 * --push-seconds (extrapolated to 1M, and said so). Prints figures, never asserts them. Loopback
 * only; every process and folder it makes is removed.
 *
 *   node --import tsx bench/log-search-case.ts [--exchanges 1000000] [--rounds 5]
 *     [--push-seconds 180] [--no-push] [--safe]
 *
 * --safe makes the pushes in safe mode (encrypted both ways: 8.6 KB a line, random ciphertext in
 * the search text); use it with fewer --exchanges (200,000 is 1.7 GB).
 *
 * Search figures are with the log in the OS file cache (it was just written): a cold disk adds
 * its seek times to the reads of candidate blocks.
 */
import { spawn } from 'node:child_process'
import { mkdir, mkdtemp, open as openFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import { deliverPush } from '../src/core/engine/deliver'
import type { EngineDeps } from '../src/core/engine/deliver'
import { createSimClock } from '../src/core/runtime/clock'
import { EventBus } from '../src/core/runtime/event-bus'
import { randomAlnum, seededRandom } from '../src/core/runtime/random'
import { startCore } from '../src/core/start-core'
import { EXCHANGES_FILE, openWorkspace } from '../src/core/workspace'
import { segmentName } from '../src/core/workspace/log-segments'
import type { Account } from '../src/shared/model/account'
import type { ExchangeFilter } from '../src/shared/model/exchange-summary'
import { BENCH_ACCOUNT } from './bench-account'
import { startChildServer } from './servers/child'

function flag(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`)
  const value = at === -1 ? Number.NaN : Number(process.argv[at + 1])
  return Number.isInteger(value) && value > 0 ? value : fallback
}

const GOAL_MS = 200
const SEGMENT_BYTES = 64 * 1024 * 1024
const ACTIVE_LINES = 10_000
const THIS_FILE = fileURLToPath(import.meta.url)

const ACCOUNT = BENCH_ACCOUNT

/** What the queries look for: each planted in known lines of the log. */
const RARE_TERM = 'needle-q7x'
const RARE_CJK = '熊猫快递'
const RARE_OPENID = 'oRAREuser0000000000000000001'
const WORDS = [
  '你好',
  'hello',
  '查询订单',
  'order status',
  '天气',
  'weather in shanghai',
  '帮助',
  'help me please',
  '退款',
  'refund',
]

interface Templates {
  readonly plain: string[]
  readonly down: string[]
  readonly rareTerm: string
  readonly rareCjk: string
  readonly rareOpenid: string
}

/** Real pushes through the engine: the lines the log is made of, each with its own id. */
async function makeTemplates(count: number, mode: Account['mode']): Promise<Templates> {
  const bot = await startChildServer('./bench-bot.ts', [
    mode,
    ACCOUNT.token,
    ACCOUNT.appId,
    ACCOUNT.encodingAesKey,
  ])
  try {
    const random = seededRandom('log-search')
    let n = 0
    const deps: EngineDeps = {
      clock: createSimClock(),
      random,
      bus: new EventBus(),
      newExchangeId: () => `tmpl-${(n += 1).toString(36).padStart(5, '0')}`,
    }
    const users = Array.from({ length: 1000 }, () => `o${randomAlnum(random, 27)}`)
    const account = { ...ACCOUNT, mode, botUrl: bot.url }
    const push = async (openid: string, content?: string, botUrl?: string): Promise<string> => {
      const r = random.int(10)
      const typeId =
        content !== undefined || r < 7
          ? 'text'
          : r < 8
            ? 'image'
            : r < 9
              ? 'event.CLICK'
              : 'location'
      const values =
        typeId === 'text'
          ? { Content: content ?? `${WORDS[random.int(WORDS.length)] ?? ''} ${random.int(1000)}` }
          : typeId === 'event.CLICK'
            ? { EventKey: `MENU_${random.int(20)}` }
            : {}
      const exchange = await deliverPush(
        deps,
        { account, openid, typeId, values, ...(botUrl ? { botUrl } : {}) },
        { attempts: 1, timeoutMs: 5000 },
      )
      return JSON.stringify(exchange)
    }
    const pick = () => users[random.int(users.length)] ?? ''
    const plain: string[] = []
    for (let i = 0; i < count; i += 1) plain.push(await push(pick()))
    const down: string[] = []
    for (let i = 0; i < 20; i += 1)
      down.push(await push(pick(), undefined, 'http://127.0.0.1:9/wechat'))
    return {
      plain,
      down,
      rareTerm: await push(pick(), `please track ${RARE_TERM} for me`),
      rareCjk: await push(pick(), `${RARE_CJK}到了吗`),
      rareOpenid: await push(RARE_OPENID),
    }
  } finally {
    await bot.stop()
  }
}

const idOf = (n: number) => `bench-${n.toString(36).padStart(5, '0')}`

/** Line `n` of the generated log: a template with its own id; planted lines at known places. */
function lineFactory(t: Templates, total: number): (n: number) => string {
  const at = (share: number) => Math.floor(total * share)
  const planted = new Map<number, string>()
  for (const share of [0.1, 0.5, 0.9]) planted.set(at(share), t.rareTerm)
  for (const share of [0.3, 0.7]) planted.set(at(share), t.rareCjk)
  for (const share of [0.05, 0.25, 0.45, 0.65, 0.85]) planted.set(at(share), t.rareOpenid)
  return (n) => {
    const template =
      planted.get(n) ??
      (n % 997 === 0 ? t.down[n % t.down.length] : t.plain[n % t.plain.length]) ??
      ''
    const old = /^\{"id":"([^"]+)"/.exec(template)?.[1] ?? ''
    return `{"id":"${idOf(n)}"${template.slice(8 + old.length)}\n`
  }
}

/** Closed 64 MB segments, then the newest lines in the active one. */
async function writeLog(dir: string, total: number, line: (n: number) => string): Promise<number> {
  let n = 0
  let stamp = Date.UTC(2026, 0, 1)
  let bytes = 0
  while (n < total) {
    const closing = total - n > ACTIVE_LINES
    stamp += 60_000
    const name = closing ? segmentName(stamp, 'rotated') : EXCHANGES_FILE
    const handle = await openFile(join(dir, name), 'w')
    let size = 0
    try {
      while (n < total && (closing ? size < SEGMENT_BYTES && total - n > ACTIVE_LINES : true)) {
        let chunk = ''
        for (let i = 0; i < 1000 && n < total; i += 1, n += 1) chunk += line(n)
        const buffer = Buffer.from(chunk)
        await handle.write(buffer)
        size += buffer.length
      }
    } finally {
      await handle.close()
    }
    bytes += size
  }
  return bytes
}

interface Query {
  readonly name: string
  readonly filter: ExchangeFilter
  readonly limit: number
  /** How many the answer must hold, for the planted ones (a check the figures are of right answers). */
  readonly expect?: number
}

const QUERIES: readonly Query[] = [
  {
    name: `rare term "${RARE_TERM}" (3 in the log)`,
    filter: { q: RARE_TERM },
    limit: 100,
    expect: 3,
  },
  { name: `rare Chinese term "${RARE_CJK}" (2)`, filter: { q: RARE_CJK }, limit: 100, expect: 2 },
  { name: 'common term "hello", limit 100', filter: { q: 'hello' }, limit: 100 },
  { name: 'common term "hello", limit 1000', filter: { q: 'hello' }, limit: 1000 },
  {
    name: 'no match "zq-no-such-thing-7"',
    filter: { q: 'zq-no-such-thing-7' },
    limit: 100,
    expect: 0,
  },
  { name: 'openid filter, rare user (5)', filter: { openid: RARE_OPENID }, limit: 100, expect: 5 },
  {
    name: 'outcome=service-unavailable, limit 100',
    filter: { outcome: 'service-unavailable' },
    limit: 100,
  },
  {
    name: 'kind=push + outcome=reply + q "order"',
    filter: { kind: 'push', outcome: 'reply', q: 'order' },
    limit: 100,
  },
]

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN
}
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`

const WORKSPACE_DEFAULTS = {
  botUrl: 'http://127.0.0.1:9/wechat',
  callbackDomain: '127.0.0.1:9',
  avatarBaseUrl: 'http://127.0.0.1:9/avatar',
}

/** Child: opens the workspace, waits for its index, runs the queries; prints one JSON line. */
async function childOpen(dir: string, total: number, rounds: number): Promise<void> {
  globalThis.gc?.()
  const rssBefore = process.memoryUsage().rss
  const heapBefore = process.memoryUsage().heapUsed
  const started = performance.now()
  const ws = await openWorkspace(dir, {
    random: seededRandom('bench'),
    defaults: WORKSPACE_DEFAULTS,
  })
  const openMs = performance.now() - started
  await ws.exchangeLog.indexReady()
  const indexMs = performance.now() - started
  globalThis.gc?.()
  const rssAfterOpen = process.memoryUsage().rss
  const heapAfterOpen = process.memoryUsage().heapUsed
  const queries: { name: string; ms: number[]; found: number; expected?: number }[] = []
  for (const query of QUERIES) {
    queries.push({
      name: query.name,
      ms: [],
      found: 0,
      ...(query.expect === undefined ? {} : { expected: query.expect }),
    })
  }
  const oldId = idOf(Math.floor(total * 0.02))
  const find = { ms: [] as number[], found: false }
  // Interleaved rounds: each query once per round.
  for (let round = 0; round < rounds; round += 1) {
    for (const [i, query] of QUERIES.entries()) {
      const t = performance.now()
      const found = await ws.exchangeLog.search(query.filter, query.limit)
      const row = queries[i]
      row?.ms.push(performance.now() - t)
      if (row) row.found = found.length
    }
    const t = performance.now()
    find.found = (await ws.exchangeLog.find(oldId))?.id === oldId
    find.ms.push(performance.now() - t)
  }
  globalThis.gc?.()
  const rssAfterSearch = process.memoryUsage().rss
  await ws.close()
  console.log(
    JSON.stringify({
      openMs,
      indexMs,
      rssBefore,
      heapBefore,
      rssAfterOpen,
      heapAfterOpen,
      rssAfterSearch,
      queries,
      find,
    }),
  )
}

interface OpenReport {
  rssBefore: number
  heapBefore: number
  heapAfterOpen: number
  openMs: number
  indexMs: number
  rssAfterOpen: number
  rssAfterSearch: number
  queries: { name: string; ms: number[]; found: number; expected?: number }[]
  find: { ms: number[]; found: boolean }
}

function runChild(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', THIS_FILE, ...args], {
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    let out = ''
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString()
    })
    child.on('error', reject)
    child.on('exit', (code) => {
      if (code === 0) resolve(out.trim().split('\n').at(-1) ?? '')
      else reject(new Error(`bench child ${args.join(' ')} exited with ${code}`))
    })
  })
}

/** Child: a core recording real pushes against the minimal bot; prints RSS samples as JSON. */
async function childPush(seconds: number, limit: number): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'mpsim-bench-push-rss-'))
  const bot = await startChildServer('./bench-bot.ts', [
    'plain',
    ACCOUNT.token,
    ACCOUNT.appId,
    ACCOUNT.encodingAesKey,
  ])
  const core = await startCore({
    host: 'node',
    version: 'bench',
    controlPort: 0,
    platformPort: 0,
    sampleBot: false,
    workspaceDir: join(dir, 'ws'),
  })
  try {
    const account = core.workspace.directory.listAccounts()[0]
    if (!account) throw new Error('bench: the workspace has no account')
    core.workspace.directory.putAccount({ ...account, ...ACCOUNT, id: account.id, botUrl: bot.url })
    const users = core.workspace.directory.listUsers(account.id).map((u) => u.openid)
    const samples: {
      pushes: number
      seconds: number
      rss: number
      heap: number
      heapTotal: number
      external: number
      arrayBuffers: number
    }[] = []
    const started = performance.now()
    const deadline = started + seconds * 1000
    let sent = 0
    let failed = 0
    const sample = () => {
      // After a collection: the heap then holds what the core keeps, not garbage awaiting one.
      globalThis.gc?.()
      const memory = process.memoryUsage()
      samples.push({
        pushes: sent,
        seconds: (performance.now() - started) / 1000,
        rss: memory.rss,
        heap: memory.heapUsed,
        heapTotal: memory.heapTotal,
        external: memory.external,
        arrayBuffers: memory.arrayBuffers,
      })
    }
    sample()
    const timer = setInterval(sample, 5000)
    const worker = async () => {
      while (sent < limit && performance.now() < deadline) {
        sent += 1
        const exchange = await core.engine.send({
          accountId: account.id,
          openid: users[sent % users.length],
          typeId: 'text',
          values: { Content: `${WORDS[sent % WORDS.length] ?? ''} ${sent}` },
        })
        if (exchange.verdict?.outcome !== 'reply') failed += 1
      }
    }
    await Promise.all(Array.from({ length: 32 }, worker))
    await core.workspace.exchangeLog.written()
    clearInterval(timer)
    globalThis.gc?.()
    sample()
    console.log(JSON.stringify({ samples, failed }))
  } finally {
    await core.stop()
    await bot.stop()
    await rm(dir, { recursive: true, force: true })
  }
}

async function main(): Promise<void> {
  const total = Math.min(flag('exchanges', 1_000_000), 5_000_000)
  const rounds = Math.min(flag('rounds', 5), 50)
  const label = process.argv.includes('--safe') ? 'safe-mode' : 'plain'
  console.log(
    `\nexchange log search (node ${process.version}): ${total.toLocaleString('en')} ${label} pushes, goal ≤ ${GOAL_MS} ms per query`,
  )
  const root = await mkdtemp(join(tmpdir(), 'mpsim-bench-log-search-'))
  try {
    const dir = join(root, 'ws')
    await mkdir(dir, { recursive: true })
    let t = performance.now()
    const mode = process.argv.includes('--safe') ? 'safe' : 'plain'
    const templates = await makeTemplates(2000, mode)
    const bytes = await writeLog(dir, total, lineFactory(templates, total))
    console.log(
      `  log: ${mb(bytes)} in ${Math.ceil((bytes - 1) / SEGMENT_BYTES)} segments (${(bytes / total).toFixed(0)} bytes a line), made in ${((performance.now() - t) / 1000).toFixed(1)} s`,
    )
    t = performance.now()
    const first = JSON.parse(
      await runChild(['--child-open', dir, String(total), '1']),
    ) as OpenReport
    console.log(
      `  first open (no index files): workspace open ${first.openMs.toFixed(0)} ms, index built after ${(first.indexMs / 1000).toFixed(1)} s, RSS ${mb(first.rssAfterOpen)} (${mb(first.rssBefore)} before the open)`,
    )
    const again = JSON.parse(
      await runChild(['--child-open', dir, String(total), String(rounds)]),
    ) as OpenReport
    console.log(
      `  next open (index files):     workspace open ${again.openMs.toFixed(0)} ms, index loaded after ${again.indexMs.toFixed(0)} ms`,
    )
    console.log(
      `    RSS ${mb(again.rssBefore)} before the open (node + tsx), ${mb(again.rssAfterOpen)} after it, ${mb(again.rssAfterSearch)} after the queries; heap after GC ${mb(again.heapBefore)} before, ${mb(again.heapAfterOpen)} with the index and the 1,000-exchange window`,
    )
    console.log(
      `  queries (median of ${rounds} rounds, interleaved; × = share of the ${GOAL_MS} ms goal):`,
    )
    for (const q of again.queries) {
      const ms = median(q.ms)
      const check =
        q.expected === undefined
          ? `  (${q.found} found)`
          : q.found === q.expected
            ? `  (${q.found} found, all of them)`
            : `  (found ${q.found}, expected ${q.expected}!)`
      console.log(
        `    ${q.name.padEnd(48)} ${ms.toFixed(1).padStart(7)} ms  ${(ms / GOAL_MS).toFixed(2)}×${check}`,
      )
    }
    const findMs = median(again.find.ms)
    console.log(
      `    ${'find(id) of an exchange at 2% of the log'.padEnd(48)} ${findMs.toFixed(1).padStart(7)} ms  ${(findMs / GOAL_MS).toFixed(2)}×${again.find.found ? '' : '  (not found!)'}`,
    )
  } finally {
    await rm(root, { recursive: true, force: true })
  }
  if (process.argv.includes('--no-push')) return
  const seconds = Math.min(flag('push-seconds', 180), 1800)
  const report = JSON.parse(await runChild(['--child-push', String(seconds), '1000000'])) as {
    samples: { pushes: number; seconds: number; rss: number; heap: number; arrayBuffers: number }[]
    failed: number
  }
  const first = report.samples[0]
  const last = report.samples.at(-1)
  if (!first || !last) return
  const early = report.samples.find((s) => s.pushes >= last.pushes * 0.2) ?? first
  const maxRss = Math.max(...report.samples.map((s) => s.rss))
  // What grows per push is what the core keeps: the heap after a collection, and array buffers
  // (the index's columns); RSS also holds the heap's room for garbage, which follows the push
  // rate, not the count.
  const keptAt = (s: { heap: number; arrayBuffers: number }) => s.heap + s.arrayBuffers
  const kept =
    last.pushes > early.pushes ? (keptAt(last) - keptAt(early)) / (last.pushes - early.pushes) : 0
  const remaining = Math.max(0, 1_000_000 - last.pushes)
  console.log(
    `  core recording real pushes (engine → minimal bot, 32 at a time): ${last.pushes.toLocaleString('en')} pushes in ${last.seconds.toFixed(0)} s (${(last.pushes / last.seconds).toFixed(0)}/s, ${report.failed} not replied)`,
  )
  console.log(
    `    RSS ${mb(first.rss)} at start (node + tsx), at most ${mb(maxRss)}, ${mb(last.rss)} at the end; kept after GC (heap + array buffers) ${mb(keptAt(first))} → ${mb(keptAt(early))} at ${early.pushes.toLocaleString('en')} → ${mb(keptAt(last))}`,
  )
  if (remaining > 0) {
    const grow = (kept * remaining) / 1024 / 1024
    console.log(
      `    extrapolated to 1M pushes (not measured): ${grow >= 0 ? '+' : ''}${grow.toFixed(1)} MB kept (${kept.toFixed(1)} bytes a push after 20%), RSS about ${mb(last.rss + kept * remaining)}; goal ≤ 250 MB`,
    )
  }
}

const childAt = process.argv.indexOf('--child-open')
const pushAt = process.argv.indexOf('--child-push')
if (childAt !== -1) {
  const [dir = '', total = '0', rounds = '1'] = process.argv.slice(childAt + 1)
  await childOpen(dir, Number(total), Number(rounds))
} else if (pushAt !== -1) {
  const [seconds = '180', limit = '1000000'] = process.argv.slice(pushAt + 1)
  await childPush(Number(seconds), Number(limit))
} else {
  await main()
}
