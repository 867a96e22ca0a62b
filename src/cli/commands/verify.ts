/** `mpsim verify [url]`: the URL-verification handshake against a bot, with the verdict and why. */
import { verifyUrl } from '../../core/engine/verify'
import { openAccountContext } from '../account-context'
import { EXIT } from '../exit-codes'
import type { CommonOptions } from '../options'
import { pickLang } from '../report/lang'
import { styleFor } from '../report/style'
import { renderVerifyReport } from '../report/verify-report'
import { warnWorkspaceProblems } from '../report/workspace-problems'

export interface VerifyOptions extends CommonOptions {
  probe: boolean
  timeout?: number
}

const UNREACHABLE = new Set([
  'timeout',
  'connection-refused',
  'connection-reset',
  'dns',
  'tls',
  'network',
])

export async function verify(url: string | undefined, options: VerifyOptions): Promise<number> {
  const context = await openAccountContext(options)
  warnWorkspaceProblems(context.workspace.problems, pickLang(options.lang))
  try {
    const result = await verifyUrl({
      botUrl: url ?? context.account.botUrl,
      token: context.account.token,
      now: () => Math.floor(Date.now() / 1000),
      random: context.random,
      timeoutMs: options.timeout ?? context.settings.push.timeoutMs,
      probeForgedSignature: options.probe,
    })
    if (options.json) {
      process.stdout.write(`${JSON.stringify(result)}\n`)
    } else {
      process.stdout.write(
        `${renderVerifyReport(result, pickLang(options.lang), styleFor(process.stdout))}\n`,
      )
    }
    if (result.verdict.ok) return EXIT.ok
    return UNREACHABLE.has(result.verdict.code) ? EXIT.unreachable : EXIT.refused
  } finally {
    await context.workspace.close()
  }
}
