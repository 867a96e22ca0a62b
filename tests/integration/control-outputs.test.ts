/**
 * Every answer of a running core passes its own output schema from the contract: what the
 * renderer's client and the CLI check answers with. A schema and a handler that drift apart fail
 * here rather than as a "bad-response" in the app.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { RunningCore } from '../../src/core/start-core'
import { contract } from '../../src/shared/control/contract'
import type { CommandName, Input } from '../../src/shared/control/contract'
import { sendCommand } from '../helpers/control-command'
import { startTestCore } from '../helpers/test-core'

let core: RunningCore

beforeAll(async () => {
  core = await startTestCore({ seed: 'control-outputs' })
})
afterAll(async () => {
  await core.stop()
})

async function answer(name: CommandName, input: Record<string, unknown> = {}): Promise<unknown> {
  const { status, body } = await sendCommand(core, name, input as Input<typeof name>)
  expect(status, `${name} answered ${status}`).toBe(200)
  return body
}

function check(name: CommandName, body: unknown): void {
  const parsed = contract[name].output.safeParse(body)
  expect(parsed.error?.issues ?? [], name).toEqual([])
}

describe('the core’s answers fit the contract’s output schemas', () => {
  it('setup, catalogue, settings, workspace, faults', async () => {
    for (const name of ['getSetup', 'getCatalog', 'getSettings', 'getWorkspace'] as const) {
      check(name, await answer(name))
    }
    check(
      'setFault',
      await answer('setFault', { path: '/cgi-bin/token', kind: 'errcode', errcode: -1 }),
    )
    check('clearFaults', await answer('clearFaults', {}))
  })

  it('a push, a verification, the log, one exchange, the phone, the menu', async () => {
    const push = await answer('sendPush', { typeId: 'text', values: { Content: 'hello' } })
    check('sendPush', push)
    check('verifyBot', await answer('verifyBot', { probe: true }))
    const list = await answer('listExchanges')
    check('listExchanges', list)
    expect((list as unknown[]).length).toBeGreaterThanOrEqual(2)
    check('getExchange', await answer('getExchange', { id: (push as { id: string }).id }))
    check('listPhoneMessages', await answer('listPhoneMessages'))
    check('getMenu', await answer('getMenu', { accountId: core.engine.account().id }))
    check('lintPushXml', await answer('lintPushXml', { xml: '<xml><MsgType>text</MsgType></xml>' }))
  })

  it('the phone browser: opening an address, and the page exchange it records', async () => {
    const bot = new URL(core.botUrl ?? '').origin
    const opened = await answer('openPhoneBrowser', { url: `${bot}/oauth` })
    check('openPhoneBrowser', opened)
    await (await fetch((opened as { frameUrl: string }).frameUrl)).text()
    const pages = await answer('listExchanges', { kind: 'page' })
    check('listExchanges', pages)
    const [first] = pages as { id: string }[]
    expect(first).toBeDefined()
    check('getExchange', await answer('getExchange', { id: first?.id ?? '' }))
  })
})
