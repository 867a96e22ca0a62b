import { describe, expect, it } from 'vitest'
import { validateReply } from '../../../src/core/protocol/reply'
import { TEXT_PUSH } from './helpers'

describe('no HTTP answer at all (protocol.md §7.3: treated like a timeout)', () => {
  const response = {
    body: '',
    networkError: { code: 'connection-refused', message: 'connect ECONNREFUSED 127.0.0.1:9' },
  }

  it('an earlier attempt is a retry, not yet the tip', () => {
    const verdict = validateReply({ push: TEXT_PUSH, response, finalAttempt: false })
    expect(verdict).toMatchObject({ outcome: 'no-reply', reason: 'timeout' })
    expect(verdict.problems.map((p) => p.code)).toEqual(['bot-unreachable'])
  })

  it('the last attempt shows the system tip, with the network cause', () => {
    const verdict = validateReply({ push: TEXT_PUSH, response, finalAttempt: true })
    expect(verdict).toMatchObject({
      outcome: 'service-unavailable',
      cause: 'bot-unreachable',
      phoneView: { kind: 'error-banner' },
    })
    expect(verdict.problems[0]?.detail).toMatchObject({ network: 'connection-refused' })
  })
})
