/**
 * `mpsim verify [url]`: the URL-verification handshake against a bot, with the verdict and why,
 * through the core's verifyBot (core-link/): on the core's clock and randomness, so --seed makes
 * it reproducible, and logged like every exchange.
 */
import type { VerifyResult } from '../../core/engine/verify'
import type { Exchange } from '../../shared/model/exchange'
import { runOnCore } from '../core-link/run-command'
import type { LinkOptions } from '../core-link/connect'
import { EXIT } from '../exit-codes'
import { styleFor } from '../report/style'
import { renderVerifyReport } from '../report/verify-report'

export interface VerifyOptions extends LinkOptions {
  probe: boolean
}

const UNREACHABLE = new Set([
  'timeout',
  'connection-refused',
  'connection-reset',
  'dns',
  'tls',
  'network',
])

/** The result as the report and --json have always shown it, read back from the Exchange. */
function resultOf(exchange: Exchange): VerifyResult {
  if (exchange.kind !== 'verify') throw new Error(`verifyBot answered a ${exchange.kind} exchange`)
  const { verdict, signature, echostr, timeoutMs } = exchange.analysis
  // Records written before the deadline was recorded used WeChat's 5 s.
  return { verdict, attempts: exchange.attempts, signature, echostr, timeoutMs: timeoutMs ?? 5000 }
}

export async function verify(url: string | undefined, options: VerifyOptions): Promise<number> {
  const botUrl = url ?? options.target
  return runOnCore(options, botUrl === undefined, async ({ client, lang }) => {
    const { exchange } = await client.call('verifyBot', {
      probe: options.probe,
      ...(botUrl === undefined ? {} : { botUrl }),
      ...(options.timeout === undefined ? {} : { timeoutMs: options.timeout }),
    })
    const result = resultOf(exchange)
    if (options.json) {
      process.stdout.write(`${JSON.stringify(result)}\n`)
    } else {
      process.stdout.write(`${renderVerifyReport(result, lang, styleFor(process.stdout))}\n`)
    }
    if (result.verdict.ok) return EXIT.ok
    return UNREACHABLE.has(result.verdict.code) ? EXIT.unreachable : EXIT.refused
  })
}
