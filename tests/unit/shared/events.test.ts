/** The event table: every event the stream carries is checked against its schema. */
import { describe, expect, it } from 'vitest'
import { EVENT_NAMES, isEventName, readEvent } from '../../../src/shared/control/events'
import { phoneViewOf } from '../../../src/shared/model/phone-message'
import type { PhoneMessage } from '../../../src/shared/model/phone-message'
import { pushExchange } from '../../helpers/exchange-fixtures'

describe('the live event table', () => {
  it('names the events the core publishes', () => {
    expect([...EVENT_NAMES].sort()).toEqual([
      'capturesImported',
      'exchange',
      'exchangeProgress',
      'loadProgress',
      'menu',
      'phone',
      'replayProgress',
    ])
    expect(isEventName('phone')).toBe(true)
    expect(isEventName('toString')).toBe(false)
  })

  it('types a valid event and refuses data of the wrong shape', () => {
    const progress = { ...pushExchange('p1'), inProgress: true }
    expect(readEvent('exchangeProgress', progress)).toEqual({
      name: 'exchangeProgress',
      data: progress,
    })
    expect(readEvent('menu', { accountId: 'acc-1' })).toEqual({
      name: 'menu',
      data: { accountId: 'acc-1' },
    })
    expect(readEvent('menu', {})).toBeUndefined()
    expect(readEvent('phone', { accountId: 'a', openid: 'o', source: 'sms' })).toBeUndefined()
    expect(readEvent('exchange', { ...pushExchange('p2'), kind: 'verify' })).toBeUndefined()
  })
})

describe('phoneViewOf', () => {
  const base = { accountId: 'a', openid: 'o', msgType: 'text', simTime: 1 }
  it('reads the view of a reply or a tip, and nothing else', () => {
    const reply: PhoneMessage = {
      ...base,
      source: 'passive-reply',
      payload: { kind: 'news', articles: [{ title: 'T' }] },
    }
    expect(phoneViewOf(reply)).toEqual({
      kind: 'news',
      articles: [{ title: 'T', description: undefined, picUrl: undefined, url: undefined }],
    })
    expect(phoneViewOf({ ...reply, payload: { kind: 'text' } })).toBeUndefined()
    expect(
      phoneViewOf({ ...reply, source: 'custom-send', payload: { content: 'x' } }),
    ).toBeUndefined()
  })
})
