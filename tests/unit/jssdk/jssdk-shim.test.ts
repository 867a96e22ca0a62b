/**
 * The jweixin shim as a page runs it: evaluated in node:vm with a window-like global whose fetch
 * stands in for the gateway's /__mpsim__/jssdk (answering through the real JssdkService), so the
 * page-visible behaviour — ready/error order, callbacks, permissions, debug alerts, the bridge
 * notices — is checked end to end without a browser.
 */
import { Linter } from 'eslint'
import { createContext, runInContext } from 'node:vm'
import { describe, expect, it } from 'vitest'
import { JSSDK_ENDPOINT } from '../../../src/core/jssdk'
import type { JssdkService } from '../../../src/core/jssdk'
import { BRIDGE_TAG } from '../../../src/shared/phone-browser/bridge-messages'
import { ACCOUNT, GATEWAY, PAGE, jssdkHarness } from './jssdk-harness'
import type { JssdkHarness } from './jssdk-harness'

type Callback = (result?: unknown) => void
interface Wx {
  config(options: Record<string, unknown>): void
  ready(callback: Callback): void
  error(callback: Callback): void
  [api: string]: unknown
}
type Call = (args?: Record<string, unknown>) => void

interface Page {
  readonly wx: Wx
  readonly h: JssdkHarness
  /** Bodies the shim posted, in order. */
  readonly posted: Record<string, unknown>[]
  readonly bridged: unknown[]
  readonly alerts: string[]
  /** The page's global object. */
  readonly globals: Record<string, unknown>
  /** Everything the page's callbacks saw, in order. */
  readonly log: string[]
  api(name: string): Call
}

/** The gateway's answer for a shim post (what src/core/browser does, minus the recording). */
function answer(service: JssdkService, body: Record<string, unknown>, n: number): unknown {
  const exchangeId = `ex-${n}`
  if (body.kind === 'config') {
    const fact = service.config(body as unknown as Parameters<JssdkService['config']>[0])
    return { ok: fact.ok, errMsg: fact.errMsg, exchangeId }
  }
  const fact = service.call({
    ...(body as unknown as Parameters<JssdkService['call']>[0]),
    accountId: ACCOUNT.id,
  })
  const { errMsg } = JSON.parse(fact.answer) as { errMsg: string }
  return { ok: fact.ok, errMsg, exchangeId, result: fact.result }
}

function openPage(options: { bridge?: boolean; amd?: boolean; offline?: boolean } = {}): Page {
  const h = jssdkHarness()
  const posted: Record<string, unknown>[] = []
  const bridged: unknown[] = []
  const alerts: string[] = []
  const defined: unknown[] = []
  const fetch = (url: string, init: { body: string }) => {
    expect(url).toBe(JSSDK_ENDPOINT)
    const body = JSON.parse(init.body) as Record<string, unknown>
    posted.push(body)
    if (options.offline) return Promise.reject(new TypeError('Failed to fetch'))
    const reply = answer(h.service, body, posted.length)
    return Promise.resolve({ json: () => Promise.resolve(reply) })
  }
  const sandbox: Record<string, unknown> = {
    location: { href: `${GATEWAY}#top` },
    fetch,
    alert: (text: string) => alerts.push(text),
  }
  if (options.bridge !== false) {
    sandbox.__mpsimBridge = { post: (m: unknown) => bridged.push(m), realUrl: () => `${PAGE}#top` }
  }
  if (options.amd) {
    const define = (factory: () => unknown) => defined.push(factory())
    define.amd = {}
    sandbox.define = define
  }
  const context = createContext(sandbox)
  runInContext(h.service.script(), context)
  const wx = (options.amd ? defined[0] : sandbox.wx) as Wx
  const log: string[] = []
  return {
    wx,
    h,
    posted,
    bridged,
    alerts,
    globals: sandbox,
    log,
    api: (name) => wx[name] as Call,
  }
}

/** Lets the fake fetch's promises settle. */
async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setImmediate(resolve))
}

function configure(page: Page, url: string, extra: Record<string, unknown> = {}): void {
  page.wx.config({
    ...page.h.signed(url),
    jsApiList: ['chooseImage', 'onMenuShareTimeline'],
    ...extra,
  })
}

const recorder = (page: Page, name: string) => ({
  success: (r: unknown) => page.log.push(`${name}.success ${JSON.stringify(r)}`),
  fail: (r: unknown) => page.log.push(`${name}.fail ${JSON.stringify(r)}`),
  complete: () => page.log.push(`${name}.complete`),
})

describe('the jweixin shim', () => {
  it('sends wx.config with the real page address and the frame’s, then runs ready', async () => {
    const page = openPage()
    page.wx.ready(() => page.log.push('ready'))
    page.wx.error((r) => page.log.push(`error ${JSON.stringify(r)}`))
    configure(page, PAGE)
    expect(page.log).toEqual([]) // asynchronous, as in WeChat
    await settle()
    expect(page.log).toEqual(['ready'])
    expect(page.posted[0]).toMatchObject({
      kind: 'config',
      appId: ACCOUNT.appId,
      pageUrl: `${PAGE}#top`,
      frameUrl: `${GATEWAY}#top`,
      jsApiList: ['chooseImage', 'onMenuShareTimeline'],
    })
    expect(page.bridged).toEqual([
      {
        tag: BRIDGE_TAG,
        type: 'jssdk',
        api: 'config',
        ok: true,
        errMsg: 'config:ok',
        exchangeId: 'ex-1',
      },
    ])
    // Registered later: runs at once.
    page.wx.ready(() => page.log.push('late ready'))
    expect(page.log).toEqual(['ready', 'late ready'])
  })

  it('on a bad signature runs error with WeChat’s errMsg, then ready (jweixin does both)', async () => {
    const page = openPage()
    page.wx.ready(() => page.log.push('ready'))
    page.wx.error((r) => page.log.push(`error ${JSON.stringify(r)}`))
    configure(page, 'http://127.0.0.1:5176/jssdk') // the query left out
    await settle()
    expect(page.log).toEqual(['error {"errMsg":"config:invalid signature"}', 'ready'])
    page.wx.error((r) => page.log.push(`late error ${JSON.stringify(r)}`))
    expect(page.log.at(-1)).toBe('late error {"errMsg":"config:invalid signature"}')
  })

  it('debug: true alerts the result, config:ok included', async () => {
    const page = openPage()
    configure(page, PAGE, { debug: true })
    await settle()
    expect(page.alerts).toEqual(['{"errMsg":"config:ok"}'])
  })

  it('refuses a call before config succeeded, still sending it to be recorded', async () => {
    const page = openPage()
    page.api('chooseImage')(recorder(page, 'chooseImage'))
    await settle()
    expect(page.log).toEqual([
      'chooseImage.fail {"errMsg":"chooseImage:the permission value is offline verifying"}',
      'chooseImage.complete',
    ])
    expect(page.posted[0]).toMatchObject({
      kind: 'call',
      api: 'chooseImage',
      permission: 'not-configured',
    })
  })

  it('refuses an API left out of jsApiList with permission denied', async () => {
    const page = openPage()
    configure(page, PAGE)
    await settle()
    page.api('getLocation')(recorder(page, 'getLocation'))
    await settle()
    expect(page.log[0]).toBe('getLocation.fail {"errMsg":"getLocation:permission denied"}')
  })

  it('answers chooseImage with localIds, without sending the callbacks', async () => {
    const page = openPage()
    configure(page, PAGE)
    await settle()
    page.api('chooseImage')({
      count: 1,
      sizeType: ['compressed'],
      ...recorder(page, 'chooseImage'),
    })
    await settle()
    expect(page.log[0]).toMatch(
      /^chooseImage\.success \{"localIds":\["wxLocalResource:\/\/imageid\d+"\],"sourceType":"album","errMsg":"chooseImage:ok"\}$/,
    )
    expect(page.log[1]).toBe('chooseImage.complete')
    expect(page.posted[1]).toEqual({
      kind: 'call',
      api: 'chooseImage',
      args: { count: 1, sizeType: ['compressed'] },
      pageUrl: `${PAGE}#top`,
      permission: 'granted',
    })
    expect(page.bridged.at(-1)).toMatchObject({
      api: 'chooseImage',
      ok: true,
      errMsg: 'chooseImage:ok',
    })
  })

  it('only registers a share listener: nothing is called back', async () => {
    const page = openPage()
    configure(page, PAGE)
    await settle()
    page.api('onMenuShareTimeline')({ title: 't', link: PAGE, ...recorder(page, 'share') })
    await settle()
    expect(page.log).toEqual([])
    expect(page.posted.at(-1)).toMatchObject({ api: 'onMenuShareTimeline', args: { title: 't' } })
  })

  it('without the bridge uses location.href for both addresses', async () => {
    const page = openPage({ bridge: false })
    configure(page, GATEWAY)
    await settle()
    expect(page.posted[0]).toMatchObject({ pageUrl: `${GATEWAY}#top`, frameUrl: `${GATEWAY}#top` })
  })

  it('fails config when mpsim does not answer', async () => {
    const page = openPage({ offline: true })
    page.wx.error((r) => page.log.push(`error ${JSON.stringify(r)}`))
    configure(page, PAGE)
    await settle()
    expect(page.log).toEqual(['error {"errMsg":"config:fail, mpsim did not answer"}'])
  })

  it('with an AMD loader defines the module and sets no globals', () => {
    const page = openPage({ amd: true })
    expect(typeof page.wx.config).toBe('function')
    expect(typeof page.wx.chooseImage).toBe('function')
    expect(page.globals.wx).toBeUndefined()
  })

  it('sets wx and jWeixin otherwise', () => {
    const page = openPage()
    expect(page.globals.jWeixin).toBe(page.wx)
  })

  it('is ES2017 script code (old in-app browsers run it)', () => {
    const messages = new Linter().verify(jssdkHarness().service.script(), {
      languageOptions: { ecmaVersion: 2017, sourceType: 'script' },
    })
    expect(messages.filter((m) => m.fatal)).toEqual([])
  })
})
