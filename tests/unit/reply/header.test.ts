/**
 * The common reply fields (protocol.md §7.1): required fields, MsgType, the To/From swap, CreateTime.
 */
import { describe, expect, it } from 'vitest'
import type { ReplyProblemCode, VerdictOutcome } from '../../../src/shared/model/verdict'
import { APPID, codesOf, CRYPTO, GH, judge, OPENID, replyXml, textXml } from './helpers'

interface Row {
  readonly name: string
  readonly body: string
  readonly outcome: VerdictOutcome
  readonly codes: readonly ReplyProblemCode[]
  readonly detail?: Record<string, string | number>
}

const CONTENT = '<Content><![CDATA[hi]]></Content>'
const without = (name: string) => textXml().replace(new RegExp(`<${name}>.*</${name}>\\n`), '')

const rows: Row[] = [
  ...['ToUserName', 'FromUserName', 'CreateTime', 'MsgType'].map((field): Row => ({
    name: `missing ${field}`,
    body: without(field),
    outcome: 'service-unavailable',
    codes: ['field-missing'],
    detail: { field },
  })),
  {
    name: 'empty ToUserName (protocol.md §7.3)',
    body: textXml('hi', { to: '' }),
    outcome: 'service-unavailable',
    codes: ['field-empty'],
    detail: { field: 'ToUserName' },
  },
  {
    name: 'To/From copied from the push unchanged',
    body: textXml('hi', { to: GH, from: OPENID }),
    outcome: 'service-unavailable',
    codes: ['to-from-not-swapped'],
    detail: { gotTo: GH, gotFrom: OPENID, expectedTo: OPENID, expectedFrom: GH },
  },
  {
    name: 'AppID as FromUserName',
    body: textXml('hi', { from: APPID }),
    outcome: 'service-unavailable',
    codes: ['from-user-is-appid'],
    detail: { got: APPID, expected: GH },
  },
  {
    name: 'another account as FromUserName',
    body: textXml('hi', { from: 'gh_000000000000' }),
    outcome: 'service-unavailable',
    codes: ['from-user-wrong'],
    detail: { got: 'gh_000000000000', expected: GH },
  },
  {
    name: 'another user as ToUserName',
    body: textXml('hi', { to: 'oTpR9xAIiebFOc6p04tMTaLhviCQ' }),
    outcome: 'service-unavailable',
    codes: ['to-user-wrong'],
    detail: { expected: OPENID },
  },
  {
    name: 'ToUserName padded by a template layout',
    body: replyXml(CONTENT).replace(`<![CDATA[${OPENID}]]>`, `\n  ${OPENID}\n`),
    outcome: 'service-unavailable',
    codes: ['to-user-wrong'],
    detail: { hint: 'surrounding-whitespace' },
  },
  {
    name: 'CreateTime in milliseconds (node-webot) is accepted',
    body: textXml('hi', { createTime: '1713424427123' }),
    outcome: 'reply',
    codes: ['create-time-milliseconds'],
    detail: { got: '1713424427123', seconds: '1713424427' },
  },
  {
    name: 'CreateTime from time.time()',
    body: textXml('hi', { createTime: '1713424427.5126' }),
    outcome: 'service-unavailable',
    codes: ['create-time-not-integer'],
    detail: { hint: 'float-seconds' },
  },
  {
    name: 'CreateTime [1682391258] (protocol.md §7.3)',
    body: textXml('hi', { createTime: '[1682391258]' }),
    outcome: 'service-unavailable',
    codes: ['create-time-not-integer'],
  },
  {
    name: 'unknown MsgType',
    body: replyXml(CONTENT, { msgType: 'mpnews' }),
    outcome: 'service-unavailable',
    codes: ['msgtype-unknown'],
    detail: { got: 'mpnews' },
  },
  {
    name: 'MsgType in the wrong case',
    body: replyXml(CONTENT, { msgType: 'Text' }),
    outcome: 'service-unavailable',
    codes: ['msgtype-unknown'],
    detail: { suggestion: 'text' },
  },
  {
    name: 'every header problem at once',
    body: replyXml(CONTENT, { to: GH, from: APPID, createTime: '1.5', msgType: 'txt' }),
    outcome: 'service-unavailable',
    codes: ['create-time-not-integer', 'msgtype-unknown', 'to-user-wrong', 'from-user-is-appid'],
  },
]

describe('reply header', () => {
  it.each(rows)('$name', (row) => {
    const verdict = judge(row.body)
    expect(verdict.outcome).toBe(row.outcome)
    expect(codesOf(verdict)).toEqual(row.codes)
    if (row.detail) expect(verdict.problems[0]?.detail).toMatchObject(row.detail)
  })

  it('recognises the configured AppID even when it does not look like one', () => {
    const crypto = { ...CRYPTO, appId: 'wxCUSTOM' }
    const verdict = judge(textXml('hi', { from: 'wxCUSTOM' }), {
      push: { mode: 'compatible' },
      crypto,
    })
    expect(codesOf(verdict)).toEqual(['from-user-is-appid'])
  })

  it('parses the header into the reply', () => {
    const verdict = judge(textXml('hi'))
    expect(verdict.reply).toEqual({
      toUserName: OPENID,
      fromUserName: GH,
      createTime: '1713424427',
      msgType: 'text',
      content: 'hi',
    })
  })
})
