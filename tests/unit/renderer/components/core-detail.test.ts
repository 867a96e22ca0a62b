/** What "Details" shows of a refused command: the core's words once, without internal codes. */
import { describe, expect, it } from 'vitest'
import { ControlClientError } from '../../../../src/renderer/src/api/control-client'
import { coreDetail } from '../../../../src/renderer/src/components/RequestError'

const refusal = (message: string, issues: { path: string; message: string }[] = []) =>
  new ControlClientError('sendPush', 'invalid-input', 400, message, issues)

describe('coreDetail', () => {
  it.each<[string, ControlClientError, string]>([
    [
      'a catalogue refusal names the field once, without its code',
      refusal('catalog-value-out-of-range: MsgId: must be below 2^64', [
        { path: 'MsgId', message: 'MsgId: must be below 2^64' },
      ]),
      'MsgId: must be below 2^64',
    ],
    [
      'issues that add something are kept',
      refusal('invalid input', [{ path: 'appId', message: 'must start with wx' }]),
      'invalid input (appId: must start with wx)',
    ],
    ['a plain message stays as it is', refusal('no account acc-9'), 'no account acc-9'],
  ])('%s', (_name, error, shown) => {
    expect(coreDetail(error)).toBe(shown)
  })

  it('a network failure has no core detail', () => {
    expect(coreDetail(new ControlClientError('sendPush', 'network', 0, 'fetch failed'))).toBe('')
  })
})
