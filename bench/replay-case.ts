/**
 * Replay throughput (docs/replay.md "Performance"): 10,000 captured messages imported and replayed
 * the way `mpsim replay` does it — a core with its control API, the suite sent in parts, every step
 * signed afresh, delivered, judged against its default assertions and logged — against autocannon
 * sending 10,000 pre-signed pushes to the same minimal bot in the same run. Goal: replay within
 * 1.3× autocannon's wall time; memory stays bounded (peak RSS of this process, measured before
 * autocannon runs). Prints figures, never asserts them. Loopback only; everything is stopped.
 *
 *   node --import tsx bench/replay-case.ts [--messages 10000] [--concurrency 32]
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import autocannon from 'autocannon'
import { createCoreClient } from '../src/cli/core-link/control-client'
import { suiteOfCaptures } from '../src/cli/replay/captures-suite'
import { runRemote } from '../src/cli/replay/run-remote'
import { importCaptures } from '../src/core/replay/import'
import { startCore } from '../src/core/start-core'
import { presigned } from './engine-cases'
import { startChildServer } from './servers/child'

function flag(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`)
  const value = at === -1 ? Number.NaN : Number(process.argv[at + 1])
  return Number.isInteger(value) && value > 0 ? value : fallback
}

const MESSAGES = Math.min(flag('messages', 10_000), 100_000)
const CONCURRENCY = Math.min(flag('concurrency', 32), 64)
const GOAL = 1.3

/** Captured text pushes as they would sit in a folder: production header, varied content. */
function captures(count: number): { name: string; bytes: Uint8Array }[] {
  const encoder = new TextEncoder()
  return Array.from({ length: count }, (_, n) => ({
    name: `capture-${n}.xml`,
    bytes: encoder.encode(
      `<xml><ToUserName><![CDATA[gh_0123456789ab]]></ToUserName><FromUserName><![CDATA[oProd${n % 50}]]></FromUserName>` +
        `<CreateTime>${1_700_000_000 + n}</CreateTime><MsgType><![CDATA[text]]></MsgType>` +
        `<Content><![CDATA[captured message ${n}]]></Content><MsgId>${7_000_000_000_000_000 + n}</MsgId></xml>`,
    ),
  }))
}

const mb = (kb: number) => `${(kb / 1024).toFixed(0)} MB`

const dir = await mkdtemp(join(tmpdir(), 'mpsim-bench-replay-'))
const core = await startCore({
  host: 'node',
  version: 'bench',
  controlPort: 0,
  platformPort: 0,
  sampleBot: false,
  workspaceDir: join(dir, 'ws'),
})
const account = core.workspace.directory.listAccounts()[0]
if (!account) throw new Error('bench: the workspace has no account')
const bot = await startChildServer('./bench-bot.ts', [
  'plain',
  account.token,
  account.appId,
  account.encodingAesKey,
])
try {
  const rssBefore = process.resourceUsage().maxRSS
  const importStarted = performance.now()
  const report = importCaptures(captures(MESSAGES), { accounts: [account] })
  const importMs = performance.now() - importStarted
  if (report.messages.length !== MESSAGES) {
    throw new Error(`bench: imported ${report.messages.length} of ${MESSAGES}`)
  }
  const suite = suiteOfCaptures(report.messages, 'bench')
  const client = createCoreClient(core.url, core.token)
  const replayStarted = performance.now()
  const result = await runRemote(
    { client, flags: { target: bot.url, mode: 'plain', concurrency: CONCURRENCY } },
    suite,
    undefined,
  )
  const replayMs = performance.now() - replayStarted
  const peakKb = process.resourceUsage().maxRSS
  if (result.counts.passed !== MESSAGES) {
    throw new Error(`bench: ${JSON.stringify(result.counts)} — expected every step to pass`)
  }
  await core.workspace.flush()

  const request = presigned({ ...account, mode: 'plain', botUrl: bot.url }, 'plain')
  const cannonStarted = performance.now()
  const cannon = await autocannon({
    url: request.url,
    method: request.method,
    ...(request.headers ? { headers: request.headers } : {}),
    ...(request.body === undefined ? {} : { body: request.body }),
    connections: CONCURRENCY,
    amount: MESSAGES,
  })
  const cannonMs = performance.now() - cannonStarted
  if (cannon.non2xx > 0 || cannon.errors > 0) {
    throw new Error(`autocannon: ${cannon.non2xx} non-2xx answers, ${cannon.errors} errors`)
  }

  const ratio = replayMs / cannonMs
  console.log(
    `\nreplay: ${MESSAGES.toLocaleString('en-US')} captured messages, concurrency ${CONCURRENCY}, minimal bot (plain)`,
  )
  console.log(`  import                ${importMs.toFixed(0).padStart(7)} ms`)
  console.log(
    `  mpsim replay (run)    ${replayMs.toFixed(0).padStart(7)} ms   ${Math.round((MESSAGES / replayMs) * 1000).toLocaleString('en-US')} msg/s`,
  )
  console.log(
    `  autocannon, pre-signed${cannonMs.toFixed(0).padStart(7)} ms   ${Math.round((MESSAGES / cannonMs) * 1000).toLocaleString('en-US')} req/s`,
  )
  console.log(
    `  ratio                 ${ratio.toFixed(2)}x  ${ratio <= GOAL ? 'met' : 'MISSED'} (<= ${GOAL}x)`,
  )
  console.log(`  peak RSS              ${mb(peakKb)} (${mb(rssBefore)} before the import)`)
} finally {
  await bot.stop()
  await core.stop()
  await rm(dir, { recursive: true, force: true })
}
