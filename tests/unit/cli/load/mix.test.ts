/**
 * --mix (docs/load.md "The command"): catalogue types with weights, read as `send --type` reads
 * a type; a name that is no type is refused with the closest ids and the whole list.
 */
import { describe, expect, it } from 'vitest'
import { UsageError } from '../../../../src/cli/flag-rules'
import { closeTypeIds, parseMix } from '../../../../src/cli/load/mix'
import { CATALOG_TYPE_IDS } from '../../../../src/shared/model/catalog-types'

function refusal(text: string): string {
  try {
    parseMix(text)
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError)
    return (error as Error).message
  }
  throw new Error(`--mix ${text} was accepted`)
}

describe('parseMix', () => {
  it('reads type:weight pairs, keeping the dot of event ids', () => {
    expect(parseMix('text:70,image:10,event.CLICK:20')).toEqual([
      { typeId: 'text', weight: 70 },
      { typeId: 'image', weight: 10 },
      { typeId: 'event.CLICK', weight: 20 },
    ])
  })

  it('reads types as send --type does, and a missing weight as 1', () => {
    expect(parseMix(' text , CLICK:2.5, subscribe ')).toEqual([
      { typeId: 'text', weight: 1 },
      { typeId: 'event.CLICK', weight: 2.5 },
      { typeId: 'event.subscribe', weight: 1 },
    ])
  })

  it('refuses an unknown type with the closest ids, the full list and how to write it', () => {
    const message = refusal('text:70,imgae:30')
    expect(message).toContain('--mix: "imgae" is not a message or event type')
    expect(message).toContain('"imgae" 不是消息或事件类型')
    expect(message).toMatch(/Did you mean .*: image/)
    for (const id of CATALOG_TYPE_IDS) expect(message).toContain(id)
    expect(message).toContain('Fix / 修改: --mix text:70,image:10,event.CLICK:20')
  })

  it.each([
    ['text:0', /the weight in "text:0" must be a number above 0/],
    ['text:-1', /the weight in "text:-1"/],
    ['text:lots', /the weight in "text:lots"/],
    ['text:', /the weight in "text:"/],
    ['text:5,text:3', /text is given twice/],
    ['CLICK,event.CLICK', /event\.CLICK is given twice/],
    [',', /no type given/],
  ])('refuses %j', (text, problem) => {
    expect(refusal(text)).toMatch(problem)
  })

  it('refuses more types than the control API takes', () => {
    const many = Array.from({ length: 51 }, () => 'text').join(',')
    expect(refusal(many)).toMatch(/at most 50 types, got 51/)
  })
})

describe('closeTypeIds', () => {
  it('finds typos and event names without their prefix, best first', () => {
    expect(closeTypeIds('imgae')[0]).toBe('image')
    expect(closeTypeIds('clik')).toContain('event.CLICK')
    expect(closeTypeIds('subscrbe')[0]).toBe('event.subscribe')
  })

  it('suggests nothing for a name far from every type', () => {
    expect(closeTypeIds('zzzzzzzzzz')).toEqual([])
  })
})
