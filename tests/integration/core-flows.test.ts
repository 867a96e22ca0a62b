/**
 * The whole core as startCore composes it: the sample bot against the real mock platform (not a
 * fake), driven through the engine — OAuth in five steps, the slow keyword answered through the
 * customer-service API, template and QR-code events pushed back to the bot.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startCore } from '../../src/core/start-core'
import type { RunningCore } from '../../src/core/start-core'
import type { PhoneMessage } from '../../src/core/runtime/event-bus'
import type { Exchange } from '../../src/shared/model/exchange'

let core: RunningCore

beforeAll(async () => {
  core = await startCore({
    host: 'node',
    version: 'test',
    controlPort: 0,
    platformPort: 0,
    botPort: 0,
    seed: 'core-flows',
    autoConsent: true,
    slowDelayMs: 30,
  })
})
afterAll(async () => {
  await core.stop()
})

const bus = () => core.bus

function next<T>(
  subscribe: (listener: (value: T) => void) => () => void,
  match: (value: T) => boolean,
) {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timed out waiting for the event')), 5000)
    const stop = subscribe((value) => {
      if (!match(value)) return
      clearTimeout(timer)
      stop()
      resolve(value)
    })
  })
}

const account = () => core.engine.account()

async function accessToken(): Promise<string> {
  const a = account()
  const res = await fetch(
    `${core.platformUrl}/cgi-bin/token?grant_type=client_credential&appid=${a.appId}&secret=${a.appSecret}`,
  )
  const body = (await res.json()) as { access_token: string }
  return body.access_token
}

describe('the core, end to end on loopback', () => {
  it('a text push to the sample bot is answered and logged in the workspace', async () => {
    const exchange = await core.engine.send({ typeId: 'text', values: { Content: 'help' } })
    expect(exchange.verdict?.outcome).toBe('reply')
    await core.workspace.exchangeLog.flush()
    expect(core.workspace.exchangeLog.byId(exchange.id)?.kind).toBe('push')
  })

  it.each(['plain', 'compatible', 'safe'] as const)(
    '%s mode: every reply keyword is accepted',
    async (mode) => {
      for (const keyword of ['图片', '语音', '视频', '音乐', '图文', '客服', '静默']) {
        const exchange = await core.engine.send({
          typeId: 'text',
          values: { Content: keyword },
          mode,
        })
        expect(
          exchange.verdict?.problems.filter((p) => p.severity === 'error'),
          keyword,
        ).toEqual([])
      }
    },
  )

  it('慢/slow: "success" at once, then the answer through /cgi-bin/message/custom/send', async () => {
    const openid = core.engine.phoneUser(account().id) ?? ''
    const custom = next<PhoneMessage>(
      (l) => bus().on('phone', l),
      (m) => m.source === 'custom-send' && m.openid === openid,
    )
    const exchange = await core.engine.send({ typeId: 'text', values: { Content: '慢' } })
    expect(exchange.verdict).toMatchObject({ outcome: 'no-reply', reason: 'success' })
    expect((await custom).msgType).toBe('text')
  })

  it('OAuth in five steps: bot → authorize (auto consent) → callback → token → profile', async () => {
    const botBase = core.botUrl?.replace(/\/wechat$/, '') ?? ''
    const start = await fetch(`${botBase}/oauth/start?scope=snsapi_userinfo`, {
      redirect: 'manual',
    })
    expect(start.status).toBe(302)
    const cookies = start.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ')
    const authorize = start.headers.get('location') ?? ''
    expect(authorize.startsWith(`${core.platformUrl}/connect/oauth2/authorize?appid=`)).toBe(true)
    const consent = await fetch(authorize, { redirect: 'manual' })
    expect(consent.status).toBe(302)
    const callback = consent.headers.get('location') ?? ''
    expect(callback).toMatch(/\/oauth\/callback\/?\?code=[A-Za-z0-9]{32}&state=/)
    const exchanged = await fetch(callback, { redirect: 'manual', headers: { cookie: cookies } })
    expect(exchanged.status).toBe(303)
    const session = exchanged.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ')
    const profile = await fetch(`${botBase}/oauth/profile`, {
      headers: { cookie: [cookies, session].filter(Boolean).join('; ') },
    })
    const html = await profile.text()
    expect(profile.status).toBe(200)
    const user = core.workspace.directory.user(core.engine.phoneUser(account().id) ?? '')
    expect(html).toContain(user?.openid)
  })

  it('a template send is followed by TEMPLATESENDJOBFINISH pushed to the bot', async () => {
    const token = await accessToken()
    const openid = core.engine.phoneUser(account().id) ?? ''
    const finished = next<Exchange>(
      (l) => bus().on('exchange', l),
      (e) => e.title === 'event.TEMPLATESENDJOBFINISH',
    )
    // Only the account's own templates are accepted (40037 otherwise); a new account has some.
    const listed = await fetch(
      `${core.platformUrl}/cgi-bin/template/get_all_private_template?access_token=${token}`,
    )
    const { template_list } = (await listed.json()) as { template_list: { template_id: string }[] }
    const templateId = template_list[0]?.template_id
    expect(templateId).toBeTruthy()
    const res = await fetch(
      `${core.platformUrl}/cgi-bin/message/template/send?access_token=${token}`,
      {
        method: 'POST',
        body: JSON.stringify({
          touser: openid,
          template_id: templateId,
          data: { k: { value: 'v' } },
        }),
      },
    )
    const text = await res.text()
    expect(text).toMatch(/"errcode":0.*"msgid":\d+/)
    const exchange = await finished
    expect(exchange.attempts[0]?.request.body.text).toContain(
      '<Status><![CDATA[success]]></Status>',
    )
  })

  it('scanning a parametric QR code pushes SCAN (follower) with the scene', async () => {
    const token = await accessToken()
    const res = await fetch(`${core.platformUrl}/cgi-bin/qrcode/create?access_token=${token}`, {
      method: 'POST',
      body: JSON.stringify({
        action_name: 'QR_LIMIT_SCENE',
        action_info: { scene: { scene_id: 42 } },
      }),
    })
    const { ticket } = (await res.json()) as { ticket: string }
    const openid = core.engine.phoneUser(account().id) ?? ''
    const { outcome, exchange } = await core.engine.scan(ticket, openid)
    expect(outcome).toMatchObject({ ok: true, event: 'SCAN', eventKey: '42' })
    expect(exchange?.attempts[0]?.request.body.text).toContain('<Event><![CDATA[SCAN]]></Event>')
  })
})
