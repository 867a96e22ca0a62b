/**
 * Which postMessage traffic the app believes from the phone browser's frame, and where its
 * commands go (features/phone-browser/page-messages.ts, docs/phone-browser.md).
 */
import { describe, expect, it } from 'vitest'
import {
  acceptPageMessage,
  commandMessage,
  commandTarget,
  isGatewayOrigin,
} from '../../../../src/renderer/src/features/phone-browser/page-messages'
import { BRIDGE_TAG } from '../../../../src/shared/phone-browser/bridge-messages'

const APP = 'http://127.0.0.1:5174'
const GATEWAY = 'http://127.0.0.1:41001'
const frame = { name: 'the phone frame window' }
const other = { name: 'another window' }

const shown = {
  tag: BRIDGE_TAG,
  type: 'page',
  url: 'http://127.0.0.1:3000/oauth',
  title: ' 网页授权示例 ',
  frameUrl: `${GATEWAY}/oauth`,
}

function from(data: unknown, origin = GATEWAY, source: unknown = frame) {
  return { data, origin, source }
}

describe('acceptPageMessage', () => {
  it('believes a page report from the frame on a gateway origin (title trimmed)', () => {
    expect(acceptPageMessage(from(shown), frame, APP)).toEqual({ ...shown, title: '网页授权示例' })
  })

  it('believes the frame after a redirect to another gateway (one gateway per site)', () => {
    const platform = 'http://localhost:41002'
    const consent = { ...shown, frameUrl: `${platform}/connect/oauth2/authorize?appid=wx1` }
    expect(acceptPageMessage(from(consent, platform), frame, APP)?.type).toBe('page')
  })

  it('ignores every other window, even with the right origin and shape', () => {
    expect(acceptPageMessage(from(shown, GATEWAY, other), frame, APP)).toBeUndefined()
    expect(acceptPageMessage(from(shown, GATEWAY, null), frame, APP)).toBeUndefined()
    // No frame on screen: nothing is believed.
    expect(acceptPageMessage(from(shown), undefined, APP)).toBeUndefined()
    expect(acceptPageMessage(from(shown, GATEWAY, null), null, APP)).toBeUndefined()
  })

  it.each([
    ['the app’s own origin', APP],
    ['a site on the internet', 'https://open.weixin.qq.com'],
    ['https on loopback', 'https://127.0.0.1:41001'],
    ['another loopback spelling', 'http://[::1]:41001'],
    ['a sandboxed opaque origin', 'null'],
    ['no port', 'http://127.0.0.1'],
  ])('ignores a message from %s', (_what, origin) => {
    const data = { ...shown, frameUrl: `${origin}/x` }
    expect(acceptPageMessage(from(data, origin), frame, APP)).toBeUndefined()
  })

  it('ignores a frame address on another origin than the sender’s', () => {
    const data = { ...shown, frameUrl: `${APP}/` }
    expect(acceptPageMessage(from(data), frame, APP)).toBeUndefined()
  })

  it.each([
    ['another protocol', { ...shown, tag: 'devtools' }],
    ['an unknown type', { ...shown, type: 'navigate' }],
    ['a command echoed back', { tag: BRIDGE_TAG, type: 'command', command: 'back' }],
    ['a url that is not text', { ...shown, url: 42 }],
    ['a missing title', { ...shown, title: undefined }],
    ['a huge title', { ...shown, title: 'x'.repeat(5000) }],
    ['a frame address that is no address', { ...shown, frameUrl: 'nope' }],
    ['a string', JSON.stringify(shown)],
    ['null', null],
  ])('ignores %s', (_what, data) => {
    expect(acceptPageMessage(from(data), frame, APP)).toBeUndefined()
  })

  it('believes a leaving notice with a known way of leaving, and only those', () => {
    const leaving = {
      tag: BRIDGE_TAG,
      type: 'leaving',
      url: 'https://example.com/',
      how: 'script-location',
    }
    expect(acceptPageMessage(from(leaving), frame, APP)).toEqual(leaving)
    expect(acceptPageMessage(from({ ...leaving, how: 'teleport' }), frame, APP)).toBeUndefined()
  })

  it('believes a JS-SDK verdict, with or without its exchange', () => {
    const verdict = {
      tag: BRIDGE_TAG,
      type: 'jssdk',
      api: 'config',
      ok: false,
      errMsg: 'config:invalid signature',
      exchangeId: 'ex-9',
    }
    expect(acceptPageMessage(from(verdict), frame, APP)).toEqual(verdict)
    const bare = { ...verdict, exchangeId: undefined }
    expect(acceptPageMessage(from(bare), frame, APP)).not.toHaveProperty('exchangeId')
    expect(acceptPageMessage(from({ ...verdict, ok: 'no' }), frame, APP)).toBeUndefined()
  })

  it('returns a copy made of the known fields only', () => {
    const extra = { ...shown, script: 'alert(1)' }
    expect(acceptPageMessage(from(extra), frame, APP)).not.toHaveProperty('script')
  })
})

describe('gateway origins and command targets', () => {
  it('knows a loopback http origin with a port', () => {
    expect(isGatewayOrigin('http://127.0.0.1:1')).toBe(true)
    expect(isGatewayOrigin('http://localhost:65535')).toBe(true)
    expect(isGatewayOrigin('http://127.0.0.1:80/')).toBe(false)
    expect(isGatewayOrigin('*')).toBe(false)
  })

  it('sends commands where the page last spoke from, else to the frame address’s origin', () => {
    expect(commandTarget('http://127.0.0.1:41002', `${GATEWAY}/oauth`)).toBe(
      'http://127.0.0.1:41002',
    )
    expect(commandTarget(undefined, `${GATEWAY}/oauth?x=1`)).toBe(GATEWAY)
    // Never a wildcard, never a site outside loopback.
    expect(commandTarget(undefined, 'https://example.com/')).toBeUndefined()
    expect(commandTarget('*', 'nope')).toBeUndefined()
  })

  it('words a command in the bridge protocol', () => {
    expect(commandMessage('reload')).toEqual({
      tag: BRIDGE_TAG,
      type: 'command',
      command: 'reload',
    })
  })
})
