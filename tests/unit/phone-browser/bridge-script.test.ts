/**
 * The bridge script (docs/phone-browser.md "The bridge") run against a small stand-in for a page's
 * window: WeChat's navigator.userAgent, the page's real address told to the app's origins only,
 * links leaving the origin sent through `go`, commands obeyed from the app's origins only. The real
 * browser runs it in the Playwright end-to-end tests.
 */
import { runInNewContext } from 'node:vm'
import { describe, expect, it } from 'vitest'
import { bridgeScript } from '../../../src/core/browser/bridge-script'
import { WECHAT_USER_AGENT } from '../../../src/core/browser/user-agent'
import { BRIDGE_TAG } from '../../../src/shared/phone-browser/bridge-messages'

const APP = ['http://127.0.0.1:5174', 'http://localhost:5174']
const SELF = 'http://127.0.0.1:40001'

type Listener = (event: Record<string, unknown>) => void

function fakePage(href = `${SELF}/oauth/profile?x=1#top`, ancestorOrigins?: string[]) {
  const posted: { message: Record<string, unknown>; origin: string }[] = []
  const listeners: Record<string, Listener[]> = {}
  const docListeners: Record<string, Listener[]> = {}
  const history: string[] = []
  class Navigator {
    get userAgent(): string {
      return 'Chrome'
    }
  }
  const parent = {
    postMessage: (message: Record<string, unknown>, origin: string) =>
      posted.push({ message, origin }),
  }
  const location = {
    href,
    origin: new URL(href).origin,
    reload: () => history.push('reload'),
    ...(ancestorOrigins ? { ancestorOrigins } : {}),
  }
  const window: Record<string, unknown> = {
    Navigator,
    navigator: new Navigator(),
    parent,
    location,
    URL,
    URLSearchParams,
    setTimeout: (fn: () => void) => fn(),
    addEventListener: (type: string, fn: Listener) => (listeners[type] ??= []).push(fn),
    open: () => 'native-open',
    history: {
      pushState: () => history.push('push'),
      replaceState: () => history.push('replace'),
      back: () => history.push('back'),
      forward: () => history.push('forward'),
    },
    document: {
      title: 'Profile',
      head: undefined,
      documentElement: undefined,
      addEventListener: (type: string, fn: Listener) => (docListeners[type] ??= []).push(fn),
    },
  }
  window['window'] = window
  runInNewContext(
    bridgeScript({
      realOrigin: 'http://127.0.0.1:5176',
      appOrigins: APP,
      gateways: [
        { origin: SELF, realOrigin: 'http://127.0.0.1:5176' },
        { origin: 'http://127.0.0.1:40002', realOrigin: 'https://open.weixin.qq.com' },
      ],
    }),
    window,
  )
  const fire = (map: Record<string, Listener[]>, type: string, event: Record<string, unknown>) =>
    (map[type] ?? []).forEach((fn) => fn(event))
  return { window, posted, history, location, listeners, docListeners, fire }
}

function link(href: string, target = '') {
  return {
    closest: () => ({
      href: new URL(href, SELF).href,
      hasAttribute: () => false,
      getAttribute: (name: string) => (name === 'target' ? target : null),
    }),
  }
}

describe('the bridge', () => {
  it("reads navigator.userAgent as WeChat's", () => {
    const page = fakePage()
    expect((page.window['navigator'] as { userAgent: string }).userAgent).toBe(WECHAT_USER_AGENT)
  })

  it('tells the app the real address and title, to each app origin only', () => {
    const page = fakePage()
    page.fire(page.docListeners, 'DOMContentLoaded', {})
    expect(page.posted.map((p) => p.origin)).toEqual(APP)
    expect(page.posted[0]?.message).toEqual({
      tag: BRIDGE_TAG,
      type: 'page',
      url: 'http://127.0.0.1:5176/oauth/profile?x=1#top',
      title: 'Profile',
      frameUrl: `${SELF}/oauth/profile?x=1#top`,
    })
    // The same page and title again is not news.
    page.fire(page.listeners, 'hashchange', {})
    expect(page.posted).toHaveLength(2)
  })

  it.each([
    ['the app on localhost', ['http://localhost:5174'], ['http://localhost:5174']],
    ['another page framing it', ['http://evil.example'], []],
  ])('posts only to the parent the browser names: %s', (_what, ancestors, expected) => {
    const page = fakePage(undefined, ancestors)
    page.fire(page.docListeners, 'DOMContentLoaded', {})
    expect(page.posted.map((p) => p.origin)).toEqual(expected)
  })

  it('exposes realUrl and post for the JS-SDK shim', () => {
    const page = fakePage()
    const bridge = page.window['__mpsimBridge'] as {
      realUrl(): string
      post(m: unknown): void
    }
    expect(bridge.realUrl()).toBe('http://127.0.0.1:5176/oauth/profile?x=1#top')
    bridge.post({ type: 'jssdk', api: 'config', ok: true, errMsg: 'config:ok' })
    expect(page.posted[0]?.message).toMatchObject({ tag: BRIDGE_TAG, type: 'jssdk' })
  })

  it.each([
    ['a link to another site goes through go', 'http://127.0.0.1:5175/x?y=1#f', '', 'go'],
    ['a link to a gateway is left to the browser', 'http://127.0.0.1:40002/connect', '', 'browser'],
    ['a new-window link stays in the same view', '/same', '_blank', 'here'],
  ] as const)('%s', (_what, href, target, how) => {
    const page = fakePage()
    const before = page.location.href
    let prevented = false
    page.fire(page.docListeners, 'click', {
      defaultPrevented: false,
      button: 0,
      target: link(href, target),
      preventDefault: () => (prevented = true),
    })
    expect(prevented).toBe(how !== 'browser')
    const absolute = new URL(href, SELF).href
    const expected = {
      go: `${SELF}/__mpsim__/go?url=${encodeURIComponent(absolute)}`,
      here: absolute,
      browser: before,
    }[how]
    expect(page.location.href).toBe(expected)
  })

  it('leaves a same-origin link and a link the page handled to the browser', () => {
    const page = fakePage()
    const before = page.location.href
    for (const event of [
      { defaultPrevented: false, button: 0, target: link('/next') },
      { defaultPrevented: true, button: 0, target: link('http://elsewhere.example/') },
    ]) {
      page.fire(page.docListeners, 'click', { ...event, preventDefault: () => undefined })
    }
    expect(page.location.href).toBe(before)
  })

  it('opens window.open addresses in the same view, through go', () => {
    const page = fakePage()
    const open = page.window['open'] as (href: string) => unknown
    expect(open('https://example.com/a')).toBeNull()
    expect(page.location.href).toBe(
      `${SELF}/__mpsim__/go?url=${encodeURIComponent('https://example.com/a')}`,
    )
  })

  it("obeys commands from the app's origins only", () => {
    const page = fakePage()
    const parent = page.window['parent']
    const command = (origin: string, source: unknown, c: string) =>
      page.fire(page.listeners, 'message', {
        origin,
        source,
        data: { tag: BRIDGE_TAG, type: 'command', command: c },
      })
    command('http://127.0.0.1:5174', parent, 'back')
    command('http://localhost:5174', parent, 'reload')
    command('http://evil.example', parent, 'forward')
    command('http://127.0.0.1:5174', {}, 'forward')
    expect(page.history).toEqual(['back', 'reload'])
  })
})
