/**
 * Mock API throughput: /cgi-bin/token, /sns/userinfo and an authenticated call
 * (/cgi-bin/user/info) on the mock platform — Express, Exchange recording, the NDJSON log —
 * against the same answer from three others, all loaded by autocannon with the same request in
 * the same run, in interleaved rounds:
 * - bare Express 5 with the same body and headers (the goal: ≥ 0.9×),
 * - bare node:http with the same body (shown, no goal: it is what any framework costs),
 * - bare Express 5 served as the platform is served, requests built with the app's prototypes
 *   (platform/http/express-server.ts; shown, no goal): how much of the first ratio that trick
 *   buys, and what mpsim's own work costs on top of Express's,
 * - Mockoon CLI serving the same JSON on the same route (the goal: ≥ 2×).
 * Every platform answer must be WeChat's success: its error answers are HTTP 200 too, so the
 * platform counts them (statsUrl) and a run with any is refused.
 */
import type { RateResult } from './engine-cases'
import { autocannonRate, median } from './load'
import { startChildServer } from './servers/child'
import type { ChildServer } from './servers/child'

interface PlatformInfo {
  url: string
  statsUrl: string
  appId: string
  secret: string
  openid: string
  accessToken: string
  oauthToken: string
}

interface ApiCase {
  readonly name: string
  /** Path and query on the platform. */
  readonly path: (info: PlatformInfo) => string
  /** /cgi-bin/token: 2000 calls a day, so the platform's simulated days must pass quickly. */
  readonly advanceDays: boolean
}

interface Options {
  seconds: number
  rounds: number
  connections: number
}

const CASES: readonly ApiCase[] = [
  {
    name: 'api /cgi-bin/token',
    path: (i) => `/cgi-bin/token?grant_type=client_credential&appid=${i.appId}&secret=${i.secret}`,
    advanceDays: true,
  },
  {
    name: 'api /sns/userinfo',
    path: (i) => `/sns/userinfo?access_token=${i.oauthToken}&openid=${i.openid}&lang=zh_CN`,
    advanceDays: false,
  },
  {
    name: 'api /cgi-bin/user/info',
    path: (i) => `/cgi-bin/user/info?access_token=${i.accessToken}&openid=${i.openid}&lang=zh_CN`,
    advanceDays: false,
  },
]

const PEERS = [
  { script: './bare.ts', args: [], baselineName: 'bare node:http, same body' },
  { script: './express-floor.ts', args: [], baselineName: 'bare Express 5, same body', goal: 0.9 },
  {
    script: './express-floor.ts',
    args: ['prebuilt'],
    baselineName: 'Express 5, req/res prebuilt',
  },
  { script: './mockoon.ts', args: [], baselineName: 'Mockoon CLI, same JSON route', goal: 2 },
] as const

async function platformErrors(info: PlatformInfo): Promise<number> {
  const stats = (await (await fetch(info.statsUrl)).json()) as { errors: number }
  return stats.errors
}

async function compare(apiCase: ApiCase, options: Options): Promise<RateResult[]> {
  const platform = await startChildServer(
    './platform.ts',
    apiCase.advanceDays ? ['advance-days'] : [],
  )
  const peers: ChildServer[] = []
  try {
    const info = platform.info as unknown as PlatformInfo
    const path = apiCase.path(info)
    // The others answer exactly what the platform answered to the same request.
    const sample = await (await fetch(`${info.url}${path}`)).text()
    if (sample.includes('errcode') && !sample.includes('"errcode":0')) {
      throw new Error(`bench: ${apiCase.name} answered an error: ${sample}`)
    }
    const pathOnly = path.slice(0, path.indexOf('?'))
    for (const peer of PEERS) {
      const first = peer.script === './mockoon.ts' ? [pathOnly, sample] : [sample]
      peers.push(await startChildServer(peer.script, [...first, ...peer.args]))
    }
    const servers = [platform, ...peers]
    const rate = (server: ChildServer, seconds: number) =>
      autocannonRate({ url: `${server.url}${path}`, method: 'GET' }, options.connections, seconds)
    // A second each to compile the hot paths before anything is counted.
    for (const server of servers) await rate(server, 1)
    const rates: number[][] = servers.map(() => [])
    for (let r = 0; r < options.rounds; r++) {
      for (const [i, server] of servers.entries())
        rates[i]?.push(await rate(server, options.seconds))
    }
    const errors = await platformErrors(info)
    if (errors > 0)
      throw new Error(`bench: ${apiCase.name}: ${errors} platform answers were errors`)
    const ours = median(rates[0] ?? [])
    return PEERS.map((peer, i) => ({
      name: apiCase.name,
      baselineName: peer.baselineName,
      rate: ours,
      baselineRate: median(rates[i + 1] ?? []),
      ...('goal' in peer ? { goal: peer.goal } : {}),
    }))
  } finally {
    await Promise.all([platform, ...peers].map((server) => server.stop()))
  }
}

export async function runApiCases(options: Options): Promise<RateResult[]> {
  const results: RateResult[] = []
  for (const apiCase of CASES) results.push(...(await compare(apiCase, options)))
  return results
}
