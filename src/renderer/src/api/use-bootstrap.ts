/**
 * Start-up: find the token, build the client and prove it works with a first `getInfo`.
 * The app is "ready" only after that round trip, which is what e2e tests wait on.
 */
import { useEffect, useState } from 'react'
import type { Output } from '../../../shared/control/contract'
import { BootstrapError, forgetToken, loadToken } from './bootstrap'
import { ControlClientError, createControlClient } from './control-client'
import type { ControlClient } from './control-client'

/** Why the app could not start; each has its own bilingual explanation in the boot screen. */
export type BootFailure = 'no-token' | 'desktop-failed' | 'token-rejected' | 'unreachable' | 'other'

export type BootState =
  | { status: 'loading' }
  | { status: 'ready'; client: ControlClient; info: Output<'getInfo'>; token: string }
  | { status: 'error'; reason: BootFailure; message: string }

export function useBootstrap(): BootState {
  const [state, setState] = useState<BootState>({ status: 'loading' })
  useEffect(() => {
    let cancelled = false
    start().then(
      (ready) => !cancelled && setState(ready),
      (error: unknown) => !cancelled && setState(toFailure(error)),
    )
    return () => {
      cancelled = true
    }
  }, [])
  return state
}

async function start(): Promise<BootState> {
  const { token } = await loadToken()
  const client = createControlClient({ baseUrl: '', token })
  const info = await client.getInfo({})
  return { status: 'ready', client, info, token }
}

function toFailure(error: unknown): BootState {
  const message = error instanceof Error ? error.message : String(error)
  if (error instanceof BootstrapError) return { status: 'error', reason: error.reason, message }
  if (error instanceof ControlClientError) {
    if (error.code === 'token-invalid' || error.code === 'token-missing') {
      forgetToken()
      return { status: 'error', reason: 'token-rejected', message }
    }
    if (error.code === 'network') return { status: 'error', reason: 'unreachable', message }
  }
  return { status: 'error', reason: 'other', message }
}
