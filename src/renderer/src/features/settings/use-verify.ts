/**
 * 验证 URL: the handshake WeChat runs when 提交 is pressed on the admin page, against the URL in
 * the form, with the saved Token. The forged-signature probe is added (a second request with a
 * wrong signature), because a bot that echoes it does not check signatures at all (protocol.md §3).
 * Through useCommand, so a failed call ends "failed" (with Try again), never stuck "running".
 */
import type { VerifyVerdict } from '../../../../shared/model/verify-codes'
import type { ControlClientError } from '../../api/control-client'
import { useEngineStore } from '../../state/engine-store'
import { useCommand } from '../../state/use-command'

export type VerifyState =
  | { kind: 'idle' }
  | { kind: 'running' }
  | { kind: 'done'; verdict: VerifyVerdict; exchangeId: string }
  | { kind: 'failed'; error: ControlClientError; retry: () => void }

export function useVerify(accountId: string) {
  const store = useEngineStore()
  const command = useCommand('verifyBot', {
    onDone: ({ exchange }) => store.rememberExchange(exchange),
  })
  const { state } = command
  const shown: VerifyState =
    state.status === 'pending'
      ? { kind: 'running' }
      : state.status === 'done'
        ? { kind: 'done', verdict: state.output.verdict, exchangeId: state.output.exchange.id }
        : state.status === 'failed'
          ? { kind: 'failed', error: state.error, retry: () => void command.retry() }
          : { kind: 'idle' }
  const run = (botUrl: string) => command.run({ accountId, botUrl, probe: true })
  return { state: shown, run }
}
