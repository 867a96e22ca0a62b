import { afterEach, describe, expect, it } from 'vitest'
import { ACCOUNT, FOLLOWER, STRANGER } from './context'
import { startPlatform } from './client'
import type { Platform } from './client'

let platform: Platform
afterEach(async () => {
  await platform.close()
})

/** The doc sample's TEMPLATE_ID, registered as one of the account's private templates. */
async function startPlatformWithTemplate(): Promise<Platform> {
  const started = await startPlatform()
  await started.state.messaging.templates.put(ACCOUNT.id, {
    templateId: 'TEMPLATE_ID',
    title: '示例',
    primaryIndustry: 'IT科技',
    deputyIndustry: '互联网|电子商务',
    content: '{{keyword1.DATA}}\n{{keyword2.DATA}}',
    example: '',
  })
  return started
}

const PATH = '/cgi-bin/message/template/send'
/** The doc sample of api-examples.json. */
const SAMPLE = {
  touser: FOLLOWER,
  template_id: 'TEMPLATE_ID',
  url: 'http://weixin.qq.com/download',
  miniprogram: { appid: 'APPID', pagepath: 'index?foo=bar' },
  client_msg_id: 'MSG_000001',
  data: { keyword1: { value: 'VALUE' }, keyword2: { value: 'VALUE', color: '#173177' } },
}

describe('POST /cgi-bin/message/template/send (protocol.md §10.4, §12)', () => {
  it('answers msgid as a bare 64-bit JSON number, logs it and calls the hook', async () => {
    platform = await startPlatformWithTemplate()
    const access_token = await platform.token()
    const r = await platform.post(PATH, SAMPLE, { query: { access_token } })
    const match = /^\{"errcode":0,"errmsg":"ok","msgid":(\d{19})\}$/.exec(r.text)
    expect(match).not.toBeNull()
    const msgId = match?.[1] ?? ''
    expect(BigInt(msgId) > 2n ** 53n).toBe(true)
    expect(BigInt(msgId) < 2n ** 63n).toBe(true)
    expect(platform.templateJobs).toEqual([
      { accountId: ACCOUNT.id, openid: FOLLOWER, msgId, status: 'success' },
    ])
    expect(platform.state.templates.find(msgId)).toMatchObject({
      templateId: 'TEMPLATE_ID',
      clientMsgId: 'MSG_000001',
      miniprogram: { appid: 'APPID', pagepath: 'index?foo=bar' },
    })
    expect(platform.phone[0]).toMatchObject({ source: 'template', msgType: 'template' })
    expect(platform.phone[0]?.payload.msgid).toBe(msgId)
    expect(platform.phone[0]?.payload).toMatchObject({
      title: '示例',
      rendered: ['VALUE', 'VALUE'],
    })
  })

  it.each([
    ['a recipient who does not follow', { ...SAMPLE, touser: STRANGER }, 43004],
    ['an unknown recipient', { ...SAMPLE, touser: 'oNobody' }, 40003],
    ['no template_id', { ...SAMPLE, template_id: '' }, 40037],
    ['a template_id the account does not have', { ...SAMPLE, template_id: 'OTHER' }, 40037],
    ['data that is not an object', { ...SAMPLE, data: 'x' }, 47001],
  ])('answers %s with errcode %s and calls no hook', async (_name, body, errcode) => {
    platform = await startPlatformWithTemplate()
    const access_token = await platform.token()
    const r = await platform.post(PATH, body, { query: { access_token } })
    expect(r.json.errcode).toBe(errcode)
    expect(platform.templateJobs).toEqual([])
    expect(platform.phone).toEqual([])
  })

  it('needs no customer-service window', async () => {
    platform = await startPlatformWithTemplate()
    const access_token = await platform.token()
    const r = await platform.post(PATH, SAMPLE, { query: { access_token } })
    expect(r.json.errcode).toBe(0)
  })
})
