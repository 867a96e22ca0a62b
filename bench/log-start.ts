/**
 * How long opening a workspace takes with a big exchange log, against the same open with a tiny
 * log and with a log just big enough to fill the window, all measured in the same run
 * (docs/workspace.md "The exchange log": start-up reads only what the in-memory window needs, so
 * the big log should cost what the window-sized one does). Builds a ~250 MB log in a temp folder,
 * prints the figures and the ratios, never asserts timings, and removes the folder. Also how long
 * the search index of the big log takes to be ready after the open returns (docs/workspace.md
 * "Searching the whole log": it loads in the background), the first time and once saved.
 *
 *   node --import tsx bench/log-start.ts [--mb 250] [--rounds 5]
 */
import { open as openFile, mkdtemp, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import type { Exchange } from '../src/shared/model/exchange'
import { seededRandom } from '../src/core/runtime/random'
import { EXCHANGES_FILE, openWorkspace } from '../src/core/workspace'

function flag(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`)
  const value = at === -1 ? Number.NaN : Number(process.argv[at + 1])
  return Number.isFinite(value) && value > 0 ? value : fallback
}

const TARGET_MB = flag('mb', 250)
const ROUNDS = Math.min(flag('rounds', 5), 50)
const TINY_EXCHANGES = 20
/** The workspace's default window (DEFAULT_EXCHANGE_WINDOW). */
const WINDOW_EXCHANGES = 1000

/** A push as the engine records it: one attempt with request and reply bodies (~1.6 KB a line). */
function sampleExchange(n: number): Exchange {
  const xml = `<xml><ToUserName><![CDATA[gh_0123456789ab]]></ToUserName><FromUserName><![CDATA[o12345678901234567890123456${n % 10}]]></FromUserName><CreateTime>${1_764_000_000 + n}</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[message number ${n} ${'x'.repeat(300)}]]></Content><MsgId>${7_000_000_000_000_000 + n}</MsgId></xml>`
  return {
    id: `ex-${n.toString(36)}`,
    kind: 'push',
    accountId: 'acc-bench',
    openid: 'o1234567890123456789012345670',
    title: 'text',
    simTime: 1_764_000_000 + n,
    attempts: [
      {
        index: 1,
        startedAt: 1_764_000_000_000 + n,
        durationMs: 3,
        request: {
          method: 'POST',
          url: `http://127.0.0.1:5176/wechat?signature=0123456789abcdef0123456789abcdef01234567&timestamp=${1_764_000_000 + n}&nonce=123456789`,
          headers: [
            ['User-Agent', 'Mozilla/4.0'],
            ['Content-Type', 'text/xml'],
            ['Content-Length', String(xml.length)],
          ],
          body: { text: xml, bytes: xml.length },
        },
        response: {
          status: 200,
          headers: [['content-type', 'application/xml; charset=utf-8']],
          body: { text: xml, bytes: xml.length },
        },
      },
    ],
    analysis: {
      typeId: 'text',
      mode: 'plain',
      msgType: 'text',
      plainXml: xml,
      overrides: {},
      signature: {
        parts: ['token', String(1_764_000_000 + n), '123456789'],
        sorted: ['123456789', String(1_764_000_000 + n), 'token'],
        joined: `123456789${1_764_000_000 + n}token`,
        sha1: '0123456789abcdef0123456789abcdef01234567',
      },
      attemptOutcomes: ['reply'],
      timeoutMs: 5000,
    },
  }
}

/** Writes `count` lines, or until `targetBytes`, in large writes; returns the lines written. */
async function writeLog(path: string, targetBytes: number, count = Infinity): Promise<number> {
  const handle = await openFile(path, 'w')
  let bytes = 0
  let n = 0
  try {
    while (bytes < targetBytes && n < count) {
      const lines: string[] = []
      for (let i = 0; i < 1000 && n < count; i++, n++)
        lines.push(`${JSON.stringify(sampleExchange(n))}\n`)
      const chunk = lines.join('')
      await handle.write(chunk)
      bytes += Buffer.byteLength(chunk)
    }
  } finally {
    await handle.close()
  }
  return n
}

/** Open, then wait for the search index: the ms until it is ready, counted from the open. */
async function timeIndex(dir: string): Promise<number> {
  const start = performance.now()
  const ws = await openWorkspace(dir, {
    random: seededRandom('bench'),
    defaults: {
      botUrl: 'http://127.0.0.1:5176/wechat',
      callbackDomain: '127.0.0.1:5176',
      avatarBaseUrl: 'http://127.0.0.1:5175/__mpsim/avatar',
    },
  })
  await ws.exchangeLog.indexReady()
  const ms = performance.now() - start
  await ws.close()
  return ms
}

async function timeOpen(dir: string): Promise<{ ms: number; window: number }> {
  const start = performance.now()
  const ws = await openWorkspace(dir, {
    random: seededRandom('bench'),
    defaults: {
      botUrl: 'http://127.0.0.1:5176/wechat',
      callbackDomain: '127.0.0.1:5176',
      avatarBaseUrl: 'http://127.0.0.1:5175/__mpsim/avatar',
    },
  })
  const ms = performance.now() - start
  const window = ws.exchangeLog.recent().length
  await ws.close()
  return { ms, window }
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN
}

const root = await mkdtemp(join(tmpdir(), 'mpsim-bench-log-'))
try {
  const folders = { big: join(root, 'big'), window: join(root, 'window'), tiny: join(root, 'tiny') }
  // First opens create settings, accounts and users, so the timed opens only differ by the log.
  for (const dir of Object.values(folders)) await timeOpen(dir)
  const lines = await writeLog(join(folders.big, EXCHANGES_FILE), TARGET_MB * 1024 * 1024)
  await writeLog(join(folders.window, EXCHANGES_FILE), Infinity, WINDOW_EXCHANGES)
  await writeLog(join(folders.tiny, EXCHANGES_FILE), Infinity, TINY_EXCHANGES)
  const size = (await stat(join(folders.big, EXCHANGES_FILE))).size
  console.log(
    `exchange log start-up (node ${process.version}): ${(size / 1024 / 1024).toFixed(0)} MB / ${lines} lines vs ${WINDOW_EXCHANGES} lines vs ${TINY_EXCHANGES} lines; ${ROUNDS} rounds, alternating`,
  )
  // Before the rounds: each open saves what its index covered, so later ones find it saved.
  const built = await timeIndex(folders.big)
  const loaded = await timeIndex(folders.big)
  const ms = { big: [] as number[], window: [] as number[], tiny: [] as number[] }
  let window = 0
  for (let round = 0; round < ROUNDS; round++) {
    const b = await timeOpen(folders.big)
    ms.big.push(b.ms)
    window = b.window
    ms.window.push((await timeOpen(folders.window)).ms)
    ms.tiny.push((await timeOpen(folders.tiny)).ms)
  }
  const big = median(ms.big)
  const full = median(ms.window)
  const tiny = median(ms.tiny)
  console.log(
    `  open with the big log:        ${big.toFixed(1)} ms (median; window ${window} exchanges)`,
  )
  console.log(`  open with a window-sized log: ${full.toFixed(1)} ms (median)`)
  console.log(`  open with a tiny log:         ${tiny.toFixed(1)} ms (median)`)
  console.log(`  ratio big/tiny:               ${(big / tiny).toFixed(2)}`)
  console.log(`  ratio big/window-sized:       ${(big / full).toFixed(2)}`)
  console.log(
    `  search index of the big log ready after ${(built / 1000).toFixed(1)} s the first time (read whole), ${loaded.toFixed(0)} ms once saved`,
  )
} finally {
  await rm(root, { recursive: true, force: true })
}
