/**
 * pushFromXml: a captured push → what the engine sends. A replay gets a fresh MsgId (a repeated one
 * is what a WeChat *retry* looks like, protocol.md §4.4, §7.3) unless `keepMsgId` asks for the captured one.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { pushFromXml } from '../../../src/core/engine/push-from-xml'
import { buildPush } from '../../../src/core/protocol/catalog'
import { childText } from '../../../src/core/protocol/xml-node'
import { seededRandom } from '../../../src/core/runtime/random'

const capture = (name: string) =>
  readFileSync(new URL(`../../fixtures/vectors/${name}`, import.meta.url), 'utf8')

const TEXT = capture('captured/text.xml')
const IMAGE = capture('messages/image.xml')
const CAPTURED_ID = /<MsgId>(\d+)<\/MsgId>/.exec(TEXT)?.[1]

function build(values: Parameters<typeof buildPush>[1], typeId: string, seed: string) {
  return buildPush(typeId, values, {
    toUserName: 'gh_10f6c3c3ac5a',
    fromUserName: 'oyORnuP8q7ou2gfYjqLzSIWZf0rs',
    now: 1714112445,
    random: seededRandom(seed),
  })
}

describe('pushFromXml: MsgId', () => {
  it('the capture has a MsgId (the premise of these tests)', () => {
    expect(CAPTURED_ID).toMatch(/^\d{16,20}$/)
  })

  it('drops the captured MsgId by default, so the engine generates a fresh one', () => {
    const push = pushFromXml(TEXT)
    expect(push.typeId).toBe('text')
    expect(push.values).not.toHaveProperty('MsgId')
    expect(push.values.Content).toBeTypeOf('string')
    const first = childText(build(push.values, push.typeId, 'replay-1'), 'MsgId')
    const second = childText(build(push.values, push.typeId, 'replay-2'), 'MsgId')
    expect(first).toMatch(/^\d{17}$/)
    expect(first).not.toBe(CAPTURED_ID)
    expect(second).not.toBe(first)
  })

  it('keepMsgId: false is the default', () => {
    expect(pushFromXml(TEXT, { keepMsgId: false })).toEqual(pushFromXml(TEXT))
  })

  it('keepMsgId: true keeps the captured MsgId exactly (a retry of that message)', () => {
    const push = pushFromXml(TEXT, { keepMsgId: true })
    expect(push.values.MsgId).toBe(CAPTURED_ID)
    expect(childText(build(push.values, push.typeId, 'retry'), 'MsgId')).toBe(CAPTURED_ID)
  })

  it('keeps the other body values either way', () => {
    const fresh = pushFromXml(IMAGE)
    const kept = pushFromXml(IMAGE, { keepMsgId: true })
    expect(fresh.values).toEqual({ PicUrl: 'this is a url', MediaId: 'media_id' })
    expect(kept.values).toEqual({ ...fresh.values, MsgId: '1234567890123456' })
  })

  it('an event (no MsgId) is the same with or without keepMsgId', () => {
    const xml = capture('captured/event-subscribe.xml')
    expect(pushFromXml(xml, { keepMsgId: true })).toEqual(pushFromXml(xml))
  })

  it('a template job notification keeps its MsgID (it names the send job, not the delivery)', () => {
    const xml = capture('messages/event-templatesendjobfinish.xml')
    const id = /<MsgID>(\d+)<\/MsgID>/.exec(xml)?.[1]
    expect(id).toBeDefined()
    expect(pushFromXml(xml).values.MsgID).toBe(id)
  })
})
