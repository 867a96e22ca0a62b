/** "Typing…" (custom-send, msgType 'typing') shows in the chat's title, never as a bubble. */
import { describe, expect, it } from 'vitest'
import type { PhoneMessageDto } from '../../../../src/shared/control/workspace-schemas'
import { buildTimeline } from '../../../../src/renderer/src/features/phone/timeline'

const ACCOUNT = 'acc1'
const ME = 'oMe000000000000000000000000A'

function message(simTime: number, more: Partial<PhoneMessageDto> = {}): PhoneMessageDto {
  return {
    accountId: ACCOUNT,
    openid: ME,
    source: 'custom-send',
    msgType: 'text',
    payload: { content: 'hello' },
    simTime,
    ...more,
  }
}

const typing = (simTime: number, command: 'Typing' | 'CancelTyping') =>
  message(simTime, { msgType: 'typing', payload: { command } })

describe('buildTimeline and typing', () => {
  it('never makes a bubble of a Typing or CancelTyping command', () => {
    const items = buildTimeline([], [typing(10, 'Typing'), typing(11, 'CancelTyping')], ACCOUNT, ME)
    expect(items).toEqual([])
  })

  it('keeps the messages around typing commands, in order', () => {
    const items = buildTimeline(
      [],
      [
        message(10, { payload: { content: 'one' } }),
        typing(11, 'Typing'),
        message(12, { payload: { content: 'two' } }),
      ],
      ACCOUNT,
      ME,
    )
    expect(items.map((i) => (i.from === 'bot' ? i.view : i.from))).toEqual([
      { kind: 'text', content: 'one' },
      { kind: 'text', content: 'two' },
    ])
  })

  it('only skips custom-send typing: a mass-send with that msgType is still drawn', () => {
    const items = buildTimeline(
      [],
      [message(10, { source: 'mass-send', msgType: 'typing', payload: {} })],
      ACCOUNT,
      ME,
    )
    expect(items).toHaveLength(1)
    expect(items[0]).toMatchObject({ from: 'bot', view: { kind: 'other', msgType: 'typing' } })
  })
})
