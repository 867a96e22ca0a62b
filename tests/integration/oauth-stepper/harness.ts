/**
 * A real core for the stepper's commands (ports 0), its commands called over the control API as the
 * app calls them, and a code handed out the way the phone gets one: the mock's authorize page with
 * snsapi_base answers a 302 to redirect_uri with a fresh code (protocol.md §9.3).
 */
import { expect } from 'vitest'
import type { RunningCore } from '../../../src/core/start-core'
import { contract } from '../../../src/shared/control/contract'
import type { CommandName, Input, Output } from '../../../src/shared/control/contract'
import { sendCommand } from '../../helpers/control-command'

export type { RunningCore }
export { startTestCore } from '../../helpers/test-core'

/** Calls a command; a refusal answers its status and error body instead of throwing. */
export const send = sendCommand

/** Calls a command that must succeed, and checks its answer against the contract's schema. */
export async function command<K extends CommandName>(
  core: RunningCore,
  name: K,
  input: Input<K>,
): Promise<Output<K>> {
  const { status, body } = await send(core, name, input)
  expect(status, JSON.stringify(body)).toBe(200)
  const parsed = contract[name].output.safeParse(body)
  expect(parsed.error?.issues ?? []).toEqual([])
  return parsed.data as Output<K>
}

/** The sample bot's origin, e.g. http://127.0.0.1:41234 */
export function botBase(core: RunningCore): string {
  return (core.botUrl ?? '').replace(/\/wechat$/, '')
}

/** A fresh code for the phone's user, from the mock's silent snsapi_base authorization. */
export async function freshCode(
  core: RunningCore,
  scope: 'snsapi_base' | 'snsapi_userinfo' = 'snsapi_base',
): Promise<string> {
  const account = core.engine.account()
  const redirect = encodeURIComponent(`${botBase(core)}/oauth/`)
  const url =
    `${core.platformUrl}/connect/oauth2/authorize?appid=${account.appId}` +
    `&redirect_uri=${redirect}&response_type=code&scope=${scope}&state=T1`
  const res = await fetch(url, { redirect: 'manual' })
  expect(res.status, 'a silent authorization answers 302').toBe(302)
  const code = new URL(res.headers.get('location') ?? '').searchParams.get('code')
  expect(code).toBeTruthy()
  return code ?? ''
}
