/**
 * 验证 URL: the handshake WeChat runs when 提交 is pressed on the admin page, against the URL in
 * the form, with the saved Token. The forged-signature probe is added (a second request with a
 * wrong signature), because a bot that echoes it does not check signatures at all (spec §3).
 */
import { useState } from 'react'
import type { VerifyVerdict } from '../../../../shared/model/verify-codes'
import { useControlClient } from '../../api/client-context'
import { ControlClientError } from '../../api/control-client'
import { useEngineStore } from '../../state/engine-store'

export type VerifyState =
  | { kind: 'idle' }
  | { kind: 'running' }
  | { kind: 'done'; verdict: VerifyVerdict; exchangeId: string }
  | { kind: 'refused'; message: string }

export function useVerify(accountId: string) {
  const client = useControlClient()
  const store = useEngineStore()
  const [state, setState] = useState<VerifyState>({ kind: 'idle' })
  const run = async (botUrl: string) => {
    setState({ kind: 'running' })
    try {
      const { verdict, exchange } = await client.verifyBot({ accountId, botUrl, probe: true })
      store.rememberExchange(exchange)
      setState({ kind: 'done', verdict, exchangeId: exchange.id })
    } catch (error) {
      if (!(error instanceof ControlClientError)) throw error
      setState({ kind: 'refused', message: error.message })
    }
  }
  return { state, run }
}
