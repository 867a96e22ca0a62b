/** A command called over the control API the way the app and the CLI call it. */
import type { RunningCore } from '../../src/core/start-core'
import { contract, TOKEN_HEADER } from '../../src/shared/control/contract'
import type { CommandName, Input } from '../../src/shared/control/contract'

/** A refusal answers its status and error body instead of throwing, for the test to judge. */
export async function sendCommand<K extends CommandName>(
  core: RunningCore,
  name: K,
  input: Input<K>,
): Promise<{ status: number; body: unknown }> {
  const { method, path } = contract[name]
  const query =
    method === 'GET' ? `?${new URLSearchParams(input as Record<string, string>).toString()}` : ''
  const res = await fetch(`${core.url}${path}${query}`, {
    method,
    headers: { [TOKEN_HEADER]: core.token, 'content-type': 'application/json' },
    ...(method === 'POST' ? { body: JSON.stringify(input) } : {}),
  })
  return { status: res.status, body: await res.json() }
}
