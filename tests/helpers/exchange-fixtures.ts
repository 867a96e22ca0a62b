/** Minimal typed Exchanges for tests that only care about a few fields. */
import type { PushAnalysis, PushExchange } from '../../src/shared/model/exchange'

const SIGNATURE = {
  parts: ['token', '1764000000', '123456789'],
  sorted: ['123456789', '1764000000', 'token'],
  joined: '1234567891764000000token',
  sha1: '0000000000000000000000000000000000000000',
}

/** A plain-mode text push's analysis; override what the test looks at. */
export function pushAnalysis(more: Partial<PushAnalysis> = {}): PushAnalysis {
  return {
    typeId: 'text',
    mode: 'plain',
    msgType: 'text',
    plainXml: '<xml></xml>',
    overrides: {},
    signature: SIGNATURE,
    attemptOutcomes: [],
    ...more,
  }
}

export function pushExchange(id: string, more: Partial<PushExchange> = {}): PushExchange {
  return {
    id,
    kind: 'push',
    accountId: 'acc-1',
    title: 'text',
    simTime: 1_764_000_000,
    attempts: [],
    analysis: pushAnalysis(),
    ...more,
  }
}
