/**
 * Mock API throughput: /cgi-bin/token and /sns/userinfo on the mock platform
 * (Express, Exchange recording, NDJSON log) against a bare node:http server returning the same body,
 * both loaded by autocannon with the same request in the same run. Goal ≥ 0.8.
 */
import type { RateResult } from './engine-cases'
import { autocannonRate, median } from './load'
import { startChildServer } from './servers/child'

interface PlatformInfo {
  url: string
  appId: string
  secret: string
  openid: string
  oauthToken: string
}

async function compare(
  name: string,
  path: (info: PlatformInfo) => string,
  advanceDays: boolean,
  options: { seconds: number; rounds: number; connections: number },
): Promise<RateResult[]> {
  const platform = await startChildServer('./platform.ts', advanceDays ? ['advance-days'] : [])
  const info = platform.info as unknown as PlatformInfo
  // The bare server answers exactly what the platform answered to the same request.
  const sample = await (await fetch(`${info.url}${path(info)}`)).text()
  if (sample.includes('errcode') && !sample.includes('"errcode":0')) {
    throw new Error(`bench: ${name} answered an error: ${sample}`)
  }
  const bare = await startChildServer('./bare.ts', [sample])
  const floor = await startChildServer('./express-floor.ts', [sample])
  const rate = (base: string) =>
    autocannonRate(
      { url: `${base}${path(info)}`, method: 'GET' },
      options.connections,
      options.seconds,
    )
  try {
    const ours: number[] = []
    const bareRates: number[] = []
    const floorRates: number[] = []
    for (let r = 0; r < options.rounds; r++) {
      ours.push(await rate(info.url))
      bareRates.push(await rate(bare.url))
      floorRates.push(await rate(floor.url))
    }
    return [
      {
        name,
        baselineName: 'bare node:http, same body',
        rate: median(ours),
        baselineRate: median(bareRates),
        goal: 0.8,
      },
      {
        name,
        baselineName: 'bare Express 5, same body',
        rate: median(ours),
        baselineRate: median(floorRates),
      },
    ]
  } finally {
    await Promise.all([platform.stop(), bare.stop(), floor.stop()])
  }
}

export async function runApiCases(options: {
  seconds: number
  rounds: number
  connections: number
}): Promise<RateResult[]> {
  return [
    ...(await compare(
      'api /cgi-bin/token',
      (i) => `/cgi-bin/token?grant_type=client_credential&appid=${i.appId}&secret=${i.secret}`,
      true,
      options,
    )),
    ...(await compare(
      'api /sns/userinfo',
      (i) => `/sns/userinfo?access_token=${i.oauthToken}&openid=${i.openid}&lang=zh_CN`,
      false,
      options,
    )),
  ]
}
