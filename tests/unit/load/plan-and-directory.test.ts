/**
 * A load run's input checked (src/core/load/plan.ts), and the directory's transient users the run
 * puts on the account (src/core/context/directory.ts).
 */
import { describe, expect, it } from 'vitest'
import { Directory } from '../../../src/core/context/directory'
import { LoadError } from '../../../src/core/load/errors'
import { planLoad } from '../../../src/core/load/plan'
import type { PlanFacts } from '../../../src/core/load/plan'
import type { StartLoadInput } from '../../../src/shared/control/load-schemas'
import type { SimUser } from '../../../src/shared/model/sim-user'
import { ACCOUNT } from '../../integration/engine/bots'

const facts: PlanFacts = {
  account: ACCOUNT,
  delivery: { timeoutMs: 5000, attempts: 3 },
  runId: 'fresh',
  knownType: (t) => ['text', 'image'].includes(t),
  typeIds: ['text', 'image'],
}

function refusal(input: StartLoadInput): LoadError {
  try {
    planLoad(input, facts)
  } catch (error) {
    if (error instanceof LoadError) return error
    throw error
  }
  throw new Error('accepted')
}

describe('planLoad', () => {
  it('fills the defaults: account mode and URL, 100 users, text only, WeChat’s deadline', () => {
    expect(planLoad({ rate: 10, durationMs: 1000 }, facts)).toEqual({
      runId: 'fresh',
      accountId: ACCOUNT.id,
      botUrl: ACCOUNT.botUrl,
      mode: 'plain',
      users: 100,
      model: 'open',
      rate: 10,
      durationMs: 1000,
      mix: [{ typeId: 'text', weight: 1 }],
      timeoutMs: 5000,
      attempts: 3,
      recordPerSecond: 200,
      recordOneIn: 10,
    })
    expect(planLoad({ concurrency: 3, messages: 9, runId: 'mine' }, facts)).toMatchObject({
      runId: 'mine',
      model: 'closed',
      concurrency: 3,
    })
  })

  it.each([
    [{ rate: 1, concurrency: 1, messages: 1 }, /exactly one of rate/],
    [{ messages: 1 }, /exactly one of rate/],
    [{ rate: 1 }, /durationMs or messages/],
    [{ concurrency: 1, rampTo: 5, durationMs: 100 }, /give rate with it/],
    [{ rate: 1, rampTo: 5, messages: 9 }, /give durationMs with it/],
    [{ rate: 1, messages: 1, mix: [{ typeId: 'nope', weight: 1 }] }, /"nope".*text, image/],
  ] as const)('refuses %j', (input, message) => {
    const error = refusal(input as StartLoadInput)
    expect(error.code).toBe('invalid-input')
    expect(error.message).toMatch(message)
    // Said in both languages.
    expect(error.message).toMatch(/[\u4e00-\u9fff]/)
  })

  it('refuses an account without a server URL', () => {
    const none = { ...facts, account: { ...ACCOUNT, botUrl: '' } }
    expect(() => planLoad({ rate: 1, messages: 1 }, none)).toThrow(/no server URL/)
  })
})

const user = (openid: string): SimUser => ({
  openid,
  accountId: 'acc1',
  nickname: 'n',
  sex: 0,
  province: '',
  city: '',
  country: '',
  headimgurl: '',
  language: 'zh_CN',
  subscribed: true,
  subscribeTime: 1,
  subscribeScene: 'ADD_SCENE_SEARCH',
  qrScene: 0,
  qrSceneStr: '',
  remark: '',
  tagIds: [],
})

describe('transient users', () => {
  it('are found by openid but never listed, watched or saved, and leave when removed', () => {
    const directory = new Directory([ACCOUNT], [user('oStored')])
    const changes: unknown[] = []
    directory.watch((c) => changes.push(c))
    const remove = directory.addTransientUsers([user('oLoad1'), user('oLoad2')])
    expect(directory.user('oLoad1')?.openid).toBe('oLoad1')
    expect(directory.listUsers().map((u) => u.openid)).toEqual(['oStored'])
    // A follow change during the run stays transient.
    directory.putUser({ ...user('oLoad1'), subscribed: false })
    expect(directory.user('oLoad1')?.subscribed).toBe(false)
    expect(directory.listUsers('acc1')).toHaveLength(1)
    expect(changes).toEqual([])
    remove()
    expect(directory.user('oLoad1')).toBeUndefined()
    expect(directory.user('oLoad2')).toBeUndefined()
    // Stored users keep their saving behaviour.
    directory.putUser({ ...user('oStored'), remark: 'r' })
    expect(changes).toEqual([{ kind: 'user', openid: 'oStored' }])
  })

  it('an openid already stored is left to the stored user', () => {
    const directory = new Directory([ACCOUNT], [user('oSame')])
    const remove = directory.addTransientUsers([{ ...user('oSame'), nickname: 'load' }])
    expect(directory.user('oSame')?.nickname).toBe('n')
    remove()
    expect(directory.user('oSame')?.nickname).toBe('n')
  })
})
