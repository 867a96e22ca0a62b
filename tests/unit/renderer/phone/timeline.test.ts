/** The chat timeline: pushes, their replies and what the bot sent otherwise, in order, once each. */
import { describe, expect, it } from 'vitest'
import type { PhoneMessageDto } from '../../../../src/shared/control/workspace-schemas'
import type { Exchange, PushExchange } from '../../../../src/shared/model/exchange'
import { pushAnalysis } from '../../../helpers/exchange-fixtures'
import type { PhoneView, Verdict } from '../../../../src/shared/model/verdict'
import { SERVICE_UNAVAILABLE_TIP } from '../../../../src/shared/model/verdict'
import { buildTimeline } from '../../../../src/renderer/src/features/phone/timeline'
import type { ChatItem } from '../../../../src/renderer/src/features/phone/timeline'

const ACCOUNT = 'acc1'
const ME = 'oMe000000000000000000000000A'

function textPush(content: string): string {
  return `<xml><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[${content}]]></Content></xml>`
}
function eventPush(event: string, key = ''): string {
  return `<xml><MsgType><![CDATA[event]]></MsgType><Event><![CDATA[${event}]]></Event><EventKey><![CDATA[${key}]]></EventKey></xml>`
}

const reply = (phoneView: PhoneView): Verdict =>
  ({ outcome: 'reply', problems: [], phoneView }) as unknown as Verdict

function push(
  id: string,
  simTime: number,
  plainXml: string,
  verdict?: Verdict,
  more: Partial<PushExchange> = {},
): PushExchange {
  const title = plainXml.includes('<Event>') ? 'event.X' : 'text'
  return {
    id,
    kind: 'push',
    accountId: ACCOUNT,
    openid: ME,
    title,
    simTime,
    attempts: [],
    ...(verdict ? { verdict } : {}),
    analysis: pushAnalysis({ plainXml }),
    ...more,
  }
}

function message(simTime: number, more: Partial<PhoneMessageDto>): PhoneMessageDto {
  return {
    accountId: ACCOUNT,
    openid: ME,
    source: 'custom-send',
    msgType: 'text',
    payload: { content: 'later' },
    simTime,
    ...more,
  }
}

/** A compact picture of the timeline: who and what, in order. */
function shape(items: readonly ChatItem[]): string[] {
  return items.map((item) => {
    switch (item.from) {
      case 'user':
        return `user:${item.message.kind}`
      case 'bot':
        return `bot:${item.view.kind}:${item.source}`
      case 'system':
        return 'system'
      case 'dev':
        return `dev:${item.note.kind}`
    }
  })
}

describe('buildTimeline', () => {
  it('shows each push with its answer: reply, tip, silence, transfer', () => {
    const exchanges = [
      push('e1', 10, textPush('hi'), reply({ kind: 'text', content: 'hello' })),
      push('e2', 11, textPush('broken'), {
        outcome: 'service-unavailable',
        cause: 'reply-not-xml',
        problems: [],
        phoneView: { kind: 'error-banner', text: SERVICE_UNAVAILABLE_TIP },
      } as unknown as Verdict),
      push('e3', 12, eventPush('VIEW', 'http://x/'), {
        outcome: 'no-reply',
        reason: 'success',
        problems: [],
        phoneView: { kind: 'none' },
      }),
      push('e4', 13, textPush('kf'), reply({ kind: 'transfer' })),
    ]
    const items = buildTimeline(exchanges, [], ACCOUNT, ME)
    expect(shape(items)).toEqual([
      'user:text',
      'bot:text:passive-reply',
      'user:text',
      'system',
      'dev:event',
      'dev:no-reply',
      'user:text',
      'dev:transfer',
    ])
    const silent = items[5]
    expect(silent?.from === 'dev' && silent.note).toEqual({ kind: 'no-reply', reason: 'success' })
    const event = items[4]
    expect(event?.from === 'dev' && event.note).toEqual({
      kind: 'event',
      typeId: 'event.X',
      event: 'VIEW',
      key: 'http://x/',
    })
    expect(items.every((i) => i.exchangeId !== undefined)).toBe(true)
  })

  it('draws a reply once, though it also arrives as a phone message', () => {
    const exchanges = [push('e1', 10, textPush('hi'), reply({ kind: 'text', content: 'hello' }))]
    const echoed = message(10, {
      source: 'passive-reply',
      payload: { kind: 'text', content: 'hello' },
      exchangeId: 'e1',
    })
    expect(shape(buildTimeline(exchanges, [echoed], ACCOUNT, ME))).toEqual([
      'user:text',
      'bot:text:passive-reply',
    ])
  })

  it('keeps replies and tips of exchanges the UI no longer holds', () => {
    const old = [
      message(1, {
        source: 'passive-reply',
        payload: { kind: 'news', articles: [] },
        exchangeId: 'x1',
      }),
      message(2, { source: 'system-tip', payload: {}, exchangeId: 'x2' }),
    ]
    expect(shape(buildTimeline([], old, ACCOUNT, ME))).toEqual(['bot:news:passive-reply', 'system'])
  })

  it('places what the bot sent between the pushes it came between', () => {
    const exchanges = [
      push('e1', 10, textPush('first'), reply({ kind: 'text', content: 'a' })),
      push('e2', 30, textPush('third'), reply({ kind: 'text', content: 'c' })),
    ]
    const answer = (id: string, simTime: number) =>
      message(simTime, { source: 'passive-reply', payload: {}, exchangeId: id })
    const messages = [
      answer('e1', 10),
      message(20, { payload: { content: 'second' } }),
      answer('e2', 30),
      message(30, { source: 'template', msgType: 'template', payload: { template_id: 'T' } }),
    ]
    expect(shape(buildTimeline(exchanges, messages, ACCOUNT, ME))).toEqual([
      'user:text',
      'bot:text:passive-reply',
      'bot:text:custom-send',
      'user:text',
      'bot:text:passive-reply',
      'bot:template:template',
    ])
  })

  it('orders a push and a customer-service message of the same second as they happened', () => {
    const tip = {
      outcome: 'service-unavailable',
      problems: [],
      phoneView: { kind: 'error-banner', text: SERVICE_UNAVAILABLE_TIP },
    } as unknown as Verdict
    const exchanges = [push('e1', 50, textPush('still there?'), tip)]
    const messages = [
      message(50, { payload: { content: 'an agent is here' } }),
      message(50, { source: 'system-tip', payload: {}, exchangeId: 'e1' }),
    ]
    expect(shape(buildTimeline(exchanges, messages, ACCOUNT, ME))).toEqual([
      'bot:text:custom-send',
      'user:text',
      'system',
    ])
  })

  it('a silent push comes before a later customer-service message (the "slow" keyword)', () => {
    const silent = {
      outcome: 'no-reply',
      reason: 'success',
      problems: [],
      phoneView: { kind: 'none' },
    }
    const exchanges = [push('e1', 100, textPush('slow'), silent as Verdict)]
    const messages = [message(106, { payload: { content: 'done' } })]
    expect(shape(buildTimeline(exchanges, messages, ACCOUNT, ME))).toEqual([
      'user:text',
      'dev:no-reply',
      'bot:text:custom-send',
    ])
  })

  it('shows only the chat of this user on this account', () => {
    const api: Exchange = {
      id: 'a1',
      kind: 'api',
      accountId: ACCOUNT,
      openid: ME,
      title: '/cgi-bin/token',
      simTime: 3,
      attempts: [],
    }
    const exchanges = [
      push('o1', 1, textPush('other user'), undefined, { openid: 'oOther' }),
      push('o2', 2, textPush('other account'), undefined, { accountId: 'acc2' }),
      api,
    ]
    const messages = [message(4, { openid: 'oOther' }), message(5, { accountId: 'acc2' })]
    expect(buildTimeline(exchanges, messages, ACCOUNT, ME)).toEqual([])
    expect(buildTimeline(exchanges, messages, undefined, ME)).toEqual([])
  })

  it('reads customer-service and template messages the way the bot posted them', () => {
    const messages = [
      message(1, {
        msgType: 'news',
        payload: { articles: [{ title: 'T', picurl: 'http://127.0.0.1/p.png', url: 'http://u/' }] },
      }),
      message(2, {
        source: 'template',
        msgType: 'template',
        payload: {
          template_id: 'tpl',
          url: 'http://127.0.0.1/o',
          data: {
            first: { value: 'Hello' },
            keyword1: { value: 'A', color: '#173177' },
            remark: { value: 'Bye' },
          },
        },
      }),
      message(3, { msgType: 'msgmenu', payload: {} }),
    ]
    const items = buildTimeline([], messages, ACCOUNT, ME)
    const views = items.map((i) => (i.from === 'bot' ? i.view : undefined))
    expect(views).toEqual([
      {
        kind: 'news',
        articles: [
          {
            title: 'T',
            description: undefined,
            picUrl: 'http://127.0.0.1/p.png',
            url: 'http://u/',
          },
        ],
      },
      {
        kind: 'template',
        templateId: 'tpl',
        first: 'Hello',
        fields: [['keyword1', 'A']],
        remark: 'Bye',
        url: 'http://127.0.0.1/o',
      },
      { kind: 'other', msgType: 'msgmenu' },
    ])
  })
})

describe('a delivery still in progress', () => {
  it('draws the user bubble as sending, and no answer yet', () => {
    const running = push('p1', 10, textPush('hi'), undefined, { inProgress: true })
    const items = buildTimeline([running], [], ACCOUNT, ME)
    expect(items).toEqual([
      expect.objectContaining({ from: 'user', exchangeId: 'p1', sending: true }),
    ])
  })
  it('an event in progress is a sending developer note; once done, the answer follows', () => {
    const running = push('p2', 10, eventPush('CLICK', 'K'), undefined, { inProgress: true })
    expect(buildTimeline([running], [], ACCOUNT, ME)).toEqual([
      expect.objectContaining({ from: 'dev', sending: true }),
    ])
    const done = push('p2', 10, eventPush('CLICK', 'K'), reply({ kind: 'none' }))
    const items = buildTimeline([done], [], ACCOUNT, ME)
    expect(items).toHaveLength(2)
    expect(items[0]).not.toHaveProperty('sending')
  })
})
