/**
 * Per-type reply fields (protocol.md §7.2), the news limit and truncation, and replies to unsubscribe.
 */
import { describe, expect, it } from 'vitest'
import type { PushFacts } from '../../../src/core/protocol/reply'
import { TEXT_CONTENT_BYTE_LIMIT } from '../../../src/core/protocol/reply'
import type { PhoneView, ReplyProblemCode, VerdictOutcome } from '../../../src/shared/model/verdict'
import { CLICK_PUSH, codesOf, judge, replyXml, textXml } from './helpers'

interface Row {
  readonly name: string
  readonly body: string
  readonly push?: Partial<PushFacts>
  readonly outcome: VerdictOutcome
  readonly codes: readonly ReplyProblemCode[]
  readonly detail?: Record<string, string | number>
  readonly phone?: PhoneView
}

const item = (n: number, fields = true) =>
  fields
    ? `<item><Title><![CDATA[t${n}]]></Title><Description><![CDATA[d${n}]]></Description><PicUrl><![CDATA[http://p/${n}.jpg]]></PicUrl><Url><![CDATA[http://u/${n}]]></Url></item>`
    : `<item><Description><![CDATA[d${n}]]></Description></item>`
const news = (count: string, items: number) =>
  replyXml(
    `<ArticleCount>${count}</ArticleCount>\n<Articles>${Array.from({ length: items }, (_, i) => item(i + 1)).join('')}</Articles>`,
    { msgType: 'news' },
  )
const article = (n: number) => ({
  title: `t${n}`,
  description: `d${n}`,
  picUrl: `http://p/${n}.jpg`,
  url: `http://u/${n}`,
})

const rows: Row[] = [
  // text
  {
    name: 'text without Content',
    body: replyXml(''),
    outcome: 'service-unavailable',
    codes: ['field-missing'],
    detail: { field: 'Content' },
  },
  {
    name: 'text with empty Content (protocol.md §7.3)',
    body: textXml(''),
    outcome: 'service-unavailable',
    codes: ['text-content-empty'],
  },
  {
    name: 'text over 2048 bytes',
    body: textXml('长'.repeat(700)),
    outcome: 'reply',
    codes: ['text-content-too-long'],
    detail: { bytes: 2100, limit: TEXT_CONTENT_BYTE_LIMIT },
  },
  {
    name: 'text with newlines is shown as is',
    body: textXml('第一行\n第二行'),
    outcome: 'reply',
    codes: [],
    phone: { kind: 'text', content: '第一行\n第二行' },
  },
  // image / voice
  {
    name: 'image without <Image>',
    body: replyXml('', { msgType: 'image' }),
    outcome: 'service-unavailable',
    codes: ['field-missing'],
    detail: { field: 'Image/MediaId' },
  },
  {
    name: 'image with MediaId at the top level',
    body: replyXml('<MediaId><![CDATA[m1]]></MediaId>', { msgType: 'image' }),
    outcome: 'service-unavailable',
    codes: ['media-id-outside-group'],
    detail: { expected: 'Image/MediaId' },
  },
  {
    name: 'voice with an empty MediaId',
    body: replyXml('<Voice><MediaId><![CDATA[]]></MediaId></Voice>', { msgType: 'voice' }),
    outcome: 'service-unavailable',
    codes: ['field-empty'],
    detail: { field: 'Voice/MediaId' },
  },
  {
    name: 'voice',
    body: replyXml('<Voice><MediaId><![CDATA[v1]]></MediaId></Voice>', { msgType: 'voice' }),
    outcome: 'reply',
    codes: [],
    phone: { kind: 'voice', mediaId: 'v1' },
  },
  // video
  {
    name: 'video with MediaId only (Title/Description optional)',
    body: replyXml('<Video><MediaId><![CDATA[v1]]></MediaId></Video>', { msgType: 'video' }),
    outcome: 'reply',
    codes: [],
    phone: { kind: 'video', mediaId: 'v1' },
  },
  {
    name: 'video without MediaId',
    body: replyXml('<Video><Title><![CDATA[t]]></Title></Video>', { msgType: 'video' }),
    outcome: 'service-unavailable',
    codes: ['field-missing'],
    detail: { field: 'Video/MediaId' },
  },
  // music
  {
    name: 'music without <Music>',
    body: replyXml('', { msgType: 'music' }),
    outcome: 'service-unavailable',
    codes: ['field-missing'],
    detail: { field: 'Music' },
  },
  {
    name: 'music without ThumbMediaId',
    body: replyXml('<Music><Title><![CDATA[t]]></Title></Music>', { msgType: 'music' }),
    outcome: 'service-unavailable',
    codes: ['field-missing'],
    detail: { field: 'Music/ThumbMediaId' },
  },
  {
    name: 'music with ThumbMediaId only',
    body: replyXml('<Music><ThumbMediaId><![CDATA[th]]></ThumbMediaId></Music>', {
      msgType: 'music',
    }),
    outcome: 'reply',
    codes: [],
    phone: { kind: 'music', thumbMediaId: 'th' },
  },
  // news
  {
    name: 'news ArticleCount ≠ items',
    body: news('2', 1),
    outcome: 'service-unavailable',
    codes: ['news-count-mismatch'],
    detail: { declared: '2', items: 1 },
  },
  {
    name: 'news without items',
    body: news('0', 0),
    outcome: 'service-unavailable',
    codes: ['news-no-articles'],
  },
  {
    name: 'news without ArticleCount and Articles',
    body: replyXml('', { msgType: 'news' }),
    outcome: 'service-unavailable',
    codes: ['field-missing', 'field-missing'],
    detail: { field: 'ArticleCount' },
  },
  {
    name: 'news: 3 articles answering a text message show 1',
    body: news('3', 3),
    outcome: 'reply',
    codes: ['news-truncated'],
    detail: { items: 3, limit: 1, pushMsgType: 'text' },
    phone: { kind: 'news', articles: [article(1)] },
  },
  {
    name: 'news: 3 articles answering a menu click show 3',
    body: news('3', 3),
    push: CLICK_PUSH,
    outcome: 'reply',
    codes: [],
    phone: { kind: 'news', articles: [article(1), article(2), article(3)] },
  },
  {
    name: 'news: 10 articles answering an event show 8',
    body: news('10', 10),
    push: CLICK_PUSH,
    outcome: 'reply',
    codes: ['news-truncated'],
    detail: { items: 10, limit: 8 },
  },
  {
    name: 'news: voice counts as a user message (current doc)',
    body: news('2', 2),
    push: { msgType: 'voice' },
    outcome: 'reply',
    codes: ['news-truncated'],
    detail: { limit: 1 },
  },
  {
    name: 'news item without Title and Url',
    body: replyXml(`<ArticleCount>1</ArticleCount><Articles>${item(1, false)}</Articles>`, {
      msgType: 'news',
    }),
    outcome: 'reply',
    codes: ['news-item-incomplete'],
    detail: { index: 1, missing: 'Title, Url' },
  },
  // transfer_customer_service
  {
    name: 'transfer without TransInfo',
    body: replyXml('', { msgType: 'transfer_customer_service' }),
    outcome: 'reply',
    codes: [],
    phone: { kind: 'transfer' },
  },
  {
    name: 'transfer to an agent',
    body: replyXml('<TransInfo><KfAccount><![CDATA[test1@test]]></KfAccount></TransInfo>', {
      msgType: 'transfer_customer_service',
    }),
    outcome: 'reply',
    codes: [],
    phone: { kind: 'transfer', kfAccount: 'test1@test' },
  },
  {
    name: 'transfer with TransInfo but no KfAccount',
    body: replyXml('<TransInfo></TransInfo>', { msgType: 'transfer_customer_service' }),
    outcome: 'service-unavailable',
    codes: ['field-missing'],
    detail: { field: 'TransInfo/KfAccount' },
  },
]

describe('reply types', () => {
  it.each(rows)('$name', (row) => {
    const verdict = judge(row.body, row.push ? { push: row.push } : {})
    expect(verdict.outcome).toBe(row.outcome)
    expect(codesOf(verdict)).toEqual(row.codes)
    if (row.detail) expect(verdict.problems[0]?.detail).toMatchObject(row.detail)
    if (row.phone) expect(verdict.phoneView).toEqual(row.phone)
  })
})

describe('replies to unsubscribe are dropped (protocol.md §6)', () => {
  const unsubscribe = { msgType: 'event', event: 'unsubscribe' }

  it('a valid reply is dropped with a note', () => {
    const verdict = judge(textXml('再见'), { push: unsubscribe })
    expect(verdict).toMatchObject({ outcome: 'no-reply', reason: 'unsubscribe' })
    expect(verdict.phoneView).toEqual({ kind: 'none' })
    expect(codesOf(verdict)).toEqual(['unsubscribe-reply-dropped'])
  })

  it('a broken reply is dropped too, its problems still listed', () => {
    const verdict = judge('hello', { push: unsubscribe })
    expect(verdict.outcome).toBe('no-reply')
    expect(codesOf(verdict)).toEqual(['body-not-xml', 'unsubscribe-reply-dropped'])
  })

  it('success needs no note', () => {
    expect(codesOf(judge('success', { push: unsubscribe }))).toEqual(['no-reply-success'])
  })
})
