/**
 * The engine's control-API commands as the desktop app calls them: push as a user, verify, read
 * the log, move the simulated clock, inject faults, pick the user on the phone; and deterministic
 * mode (same seed, same bytes).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startCore } from '../../src/core/start-core'
import type { RunningCore } from '../../src/core/start-core'
import { TOKEN_HEADER } from '../../src/shared/control/contract'
import type { Exchange } from '../../src/shared/model/exchange'

let core: RunningCore

const start = (seed: string) =>
  startCore({ host: 'node', version: 'test', controlPort: 0, platformPort: 0, botPort: 0, seed })

beforeAll(async () => {
  core = await start('control-engine')
})
afterAll(async () => {
  await core.stop()
})

async function api<T>(
  path: string,
  body?: unknown,
  on = core,
): Promise<{ status: number; json: T }> {
  const res = await fetch(`${on.url}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { [TOKEN_HEADER]: on.token, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  })
  return { status: res.status, json: (await res.json()) as T }
}

async function platformToken(): Promise<string> {
  const a = core.engine.account()
  const res = await fetch(
    `${core.platformUrl}/cgi-bin/token?grant_type=client_credential&appid=${a.appId}&secret=${a.appSecret}`,
  )
  return ((await res.json()) as { access_token?: string; errcode?: number }).access_token ?? ''
}

describe('engine commands of the control API', () => {
  it('getSetup names the platform, the bot and the default account with its users', async () => {
    const { json } = await api<{
      platformUrl: string
      botUrl: string
      accounts: unknown[]
      users: unknown[]
    }>('/api/setup')
    expect(json.platformUrl).toBe(core.platformUrl)
    expect(json.botUrl).toBe(core.botUrl)
    expect(json.accounts).toHaveLength(1)
    expect(json.users.length).toBeGreaterThanOrEqual(3)
  })

  it('getCatalog lists every type', async () => {
    const { json } = await api<{ id: string }[]>('/api/catalog')
    expect(json.map((e) => e.id)).toContain('event.scancode_waitmsg')
  })

  it('sendPush returns the Exchange; listExchanges has it', async () => {
    const { status, json } = await api<Exchange>('/api/push', {
      typeId: 'text',
      values: { Content: '你好' },
    })
    expect(status).toBe(200)
    expect(json.verdict?.outcome).toBe('reply')
    const list = await api<Exchange[]>('/api/exchanges?limit=50')
    expect(list.json.map((e) => e.id)).toContain(json.id)
  })

  it('a bad field value is a 400 that names the catalogue error', async () => {
    const { status, json } = await api<{ error: { message: string } }>('/api/push', {
      typeId: 'location',
      values: { Location_X: 'north' },
    })
    expect(status).toBe(400)
    expect(json.error.message).toMatch(/Location_X/)
  })

  it('sendPushXml delivers a captured push with fresh header values', async () => {
    const captured =
      '<xml><ToUserName><![CDATA[gh_captured]]></ToUserName>' +
      '<FromUserName><![CDATA[oCAPTUREDxxxxxxxxxxxxxxxxxx]]></FromUserName>' +
      '<CreateTime>1348831860</CreateTime><MsgType><![CDATA[text]]></MsgType>' +
      '<Content><![CDATA[help]]></Content><MsgId>1234567890123456</MsgId></xml>'
    const { status, json } = await api<Exchange>('/api/push/xml', { xml: captured })
    expect(status).toBe(200)
    expect(json.title).toBe('text')
    const sent = json.attempts[0]?.request.body.text ?? ''
    expect(sent).toContain('<Content><![CDATA[help]]></Content>')
    // Addressed to the account and the phone's user, not to the capture's ids.
    expect(sent).not.toContain('gh_captured')
    expect(sent).not.toContain('1348831860')
    expect(json.verdict?.outcome).toBe('reply')
    // A fresh MsgId too: a replayed capture must not look like WeChat's retry of it.
    expect(sent).not.toContain('<MsgId>1234567890123456</MsgId>')
    expect(sent).toMatch(/<MsgId>\d{16,20}<\/MsgId>/)
    const kept = await api<Exchange>('/api/push/xml', { xml: captured, keepMsgId: true })
    expect(kept.json.attempts[0]?.request.body.text).toContain('<MsgId>1234567890123456</MsgId>')
  })

  it('a rotated EncodingAESKey reaches the running sample bot: safe mode keeps working', async () => {
    const account = core.engine.account()
    const first = await api<Exchange>('/api/push', {
      typeId: 'text',
      values: { Content: 'help' },
      mode: 'safe',
    })
    expect(first.json.verdict?.outcome).toBe('reply')
    expect((await api('/api/accounts/rotate-key', { accountId: account.id })).status).toBe(200)
    expect(core.engine.account().encodingAesKey).not.toBe(account.encodingAesKey)
    const after = await api<Exchange>('/api/push', {
      typeId: 'text',
      values: { Content: 'help' },
      mode: 'safe',
    })
    expect(after.json.verdict?.outcome).toBe('reply')
  })

  it.each([
    ['not XML at all', 'hello', 'xml-'],
    ['a root other than <xml>', '<root><MsgType>text</MsgType></root>', 'xml-root-not-xml'],
    ['no MsgType', '<xml><Content>hi</Content></xml>', 'catalog-msgtype-missing'],
  ])('sendPushXml refuses %s with a 400 naming why', async (_label, xml, code) => {
    const { status, json } = await api<{ error: { code: string; message: string } }>(
      '/api/push/xml',
      { xml },
    )
    expect(status).toBe(400)
    expect(json.error.message).toContain(code)
  })

  // XML that once made the parser throw untyped errors (and the API answer 500 internal).
  const nested = (levels: number): string =>
    '<xml>' + '<a>'.repeat(levels - 1) + '</a>'.repeat(levels - 1) + '</xml>'
  const hostile: [string, string, string][] = [
    ['depth 101', nested(101), 'xml-too-deep'],
    ['depth 1000', nested(1000), 'xml-too-deep'],
    ['depth 100000', nested(100_000), 'xml-too-deep'],
    ["`<!'[`", "<!'[", 'xml-malformed'],
    ["`<xml><!'[</xml>`", "<xml><!'[</xml>", 'xml-malformed'],
    ['unclosed CDATA', '<xml><MsgType><![CDATA[text</MsgType></xml>', 'xml-malformed'],
    ['`<` alone', '<', 'xml-malformed'],
    ['NUL bytes', '<xml><MsgType>text</MsgType>\u0000</xml>', 'xml-malformed'],
  ]

  it.each(hostile)(
    'sendPushXml refuses %s with a 400 in the contract’s shape',
    async (_n, xml, code) => {
      const before = await api<Exchange[]>('/api/exchanges?limit=500')
      const { status, json } = await api<{ error: { code: string; message: string } }>(
        '/api/push/xml',
        { xml },
      )
      expect(status).toBe(400)
      expect(json.error.code).toBe('invalid-input')
      expect(json.error.message).toContain(code)
      // Nothing was pushed: the XML never became a push.
      const after = await api<Exchange[]>('/api/exchanges?limit=500')
      expect(after.json.length).toBe(before.json.length)
    },
  )

  it.each(hostile)('lintPushXml reports %s as a problem, not a 500', async (_n, xml, code) => {
    const { status, json } = await api<{ ok: boolean; problems: { code: string }[] }>(
      '/api/push/lint',
      { xml },
    )
    expect(status).toBe(200)
    expect(json.ok).toBe(false)
    expect(json.problems.map((p) => p.code)).toEqual([code])
  })

  it('verifyBot passes against the sample bot', async () => {
    const { json } = await api<{ verdict: { ok: boolean } }>('/api/verify', {})
    expect(json.verdict.ok).toBe(true)
  })

  it('advanceClock makes an access_token expire (42001)', async () => {
    const token = await platformToken()
    const openid = core.engine.phoneUser(core.engine.account().id) ?? ''
    const info = () =>
      fetch(`${core.platformUrl}/cgi-bin/user/info?access_token=${token}&openid=${openid}`).then(
        (r) => r.json() as Promise<{ errcode?: number }>,
      )
    expect((await info()).errcode).toBeUndefined()
    await api('/api/clock/advance', { ms: 7201 * 1000 })
    expect((await info()).errcode).toBe(42001)
  })

  it('setFault makes /cgi-bin/token answer 45009 once, recorded on the Exchange', async () => {
    const seen: Exchange[] = []
    const stop = core.bus.on('exchange', (e) => seen.push(e))
    await api('/api/faults', {
      path: '/cgi-bin/token',
      kind: 'errcode',
      errcode: 45009,
      remaining: 1,
    })
    const a = core.engine.account()
    const url = `${core.platformUrl}/cgi-bin/token?grant_type=client_credential&appid=${a.appId}&secret=${a.appSecret}`
    expect(((await (await fetch(url)).json()) as { errcode?: number }).errcode).toBe(45009)
    expect(
      ((await (await fetch(url)).json()) as { access_token?: string }).access_token,
    ).toBeTruthy()
    stop()
    expect(seen.find((e) => e.fault)?.fault).toEqual({ kind: 'errcode', errcode: 45009 })
    const refused = await api<{ error: { code: string } }>('/api/faults', {
      path: '/cgi-bin/token',
      kind: 'errcode',
    })
    expect(refused.status).toBe(400)
  })

  it('setPhoneUser refuses a user of another account', async () => {
    const { status } = await api('/api/phone-user', {
      accountId: core.engine.account().id,
      openid: 'o-nobody',
    })
    expect(status).toBe(400)
  })
})

describe('deterministic mode', () => {
  it('the same seed gives byte-identical pushes', async () => {
    const bodies: string[] = []
    for (let i = 0; i < 2; i++) {
      const other = await start('same-seed')
      try {
        const { json } = await api<Exchange>(
          '/api/push',
          { typeId: 'text', values: { Content: 'x' }, mode: 'safe' },
          other,
        )
        bodies.push(
          `${json.attempts[0]?.request.url.replace(/:\d+\//, '/') ?? ''}\n${json.attempts[0]?.request.body.text ?? ''}`,
        )
      } finally {
        await other.stop()
      }
    }
    expect(bodies[0]).toBe(bodies[1])
    expect(bodies[0]).toContain('timestamp=1704067200')
  })
})
