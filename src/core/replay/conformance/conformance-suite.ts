/**
 * The conformance pack (docs/replay.md "Conformance"), in the spirit of WeChat's own automated
 * 全网发布检测: every message and event type of the catalogue pushed once, each to be answered
 * with a reply WeChat accepts or acknowledged ('' / success) at the first attempt and within
 * WeChat's 5 s (protocol.md §7.3); then a retry — the same MsgId again, as WeChat repeats it —
 * which must not make the bot do its work twice (no customer-service send for it, protocol.md §7.3
 * "De-duplication guidance"). It runs in the account's mode, so an account in safe or compatible
 * mode is checked encrypted (protocol.md §8). URL verification is not a push: run-conformance.ts
 * runs it before the suite.
 */
import type { Account } from '../../../shared/model/account'
import { WECHAT_PUSH_TIMEOUT_MS } from '../../../shared/model/exchange'
import type { StepExpect, Suite, SuiteStep } from '../../../shared/model/suite'
import { listCatalog } from '../../protocol/catalog/list'

export interface ConformanceOptions {
  /** The MsgId the retry check repeats; a fresh one per run by default (a bot remembers ids). */
  readonly retryMsgId?: string
  readonly deadlineMs?: number
}

export const CONFORMANCE_SUITE_NAME = 'mpsim conformance'
export const CUSTOM_SEND_PATH = '/cgi-bin/message/custom/send'

/** Unfollowing changes the user's state: it runs last, and a follow puts the user back. */
const LAST = 'event.unsubscribe'

export function conformanceSuite(account: Account, options: ConformanceOptions = {}): Suite {
  const deadline = options.deadlineMs ?? WECHAT_PUSH_TIMEOUT_MS
  const answered: StepExpect = { accepted: true, noRetry: true, withinMs: deadline }
  const types = listCatalog()
    .map((entry) => entry.id)
    .filter((id) => id !== LAST)
  const msgId = options.retryMsgId ?? freshMsgId()
  const retried = { type: 'text', fields: { Content: 'mpsim conformance: retry', MsgId: msgId } }
  const steps: SuiteStep[] = [
    ...types.map((type) => ({
      name: `${type}: answered or acknowledged in time`,
      tags: ['types'],
      send: { type },
      expect: answered,
    })),
    {
      name: 'retry: first delivery',
      tags: ['retry'],
      send: retried,
      keepMsgId: true,
      expect: answered,
    },
    {
      name: 'retry: the same MsgId again does no second side effect',
      tags: ['retry'],
      send: retried,
      keepMsgId: true,
      expect: { ...answered, apiCalls: [{ path: CUSTOM_SEND_PATH, count: 0 }] },
    },
    { name: `${LAST}: acknowledged`, tags: ['types'], send: { type: LAST }, expect: answered },
    {
      name: 'event.subscribe: follow again',
      tags: ['types'],
      send: { type: 'event.subscribe' },
      expect: answered,
    },
  ]
  return {
    version: 1,
    name: CONFORMANCE_SUITE_NAME,
    description: 'WeChat basics every bot must get right',
    account: account.id,
    mode: account.mode,
    steps,
  }
}

/** 19 digits like WeChat's 64-bit MsgIds, never starting with 0. */
function freshMsgId(): string {
  let id = String(1 + Math.floor(Math.random() * 9))
  for (let i = 1; i < 19; i++) id += String(Math.floor(Math.random() * 10))
  return id
}
