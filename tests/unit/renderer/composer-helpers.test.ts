/** The composer's pure helpers: form values in catalogue terms, and where a problem sits in XML. */
import { describe, expect, it } from 'vitest'
import {
  fromParsed,
  setValue,
  startingValues,
} from '../../../src/renderer/src/features/composer/form-values'
import { lineOf } from '../../../src/renderer/src/features/composer/xml-problems'
import type { CatalogField } from '../../../src/shared/model/catalog-types'

describe('form values', () => {
  it('an emptied input means "the default", so the key goes', () => {
    expect(setValue({ Content: 'a' }, 'Content', '')).toEqual({})
    expect(setValue({}, 'Content', 'b')).toEqual({ Content: 'b' })
  })

  it('absent elements read back from XML become defaults, recursively', () => {
    expect(
      fromParsed({
        Content: 'x',
        MsgId: null,
        Info: { A: null, B: '1' },
        List: [{ C: null, D: '2' }],
      }),
    ).toEqual({ Content: 'x', Info: { B: '1' }, List: [{ D: '2' }] })
  })

  it('starts with fixed defaults, and a text message ready', () => {
    const fields = [
      { name: 'Event', kind: 'string', required: true, default: { kind: 'value', value: 'CLICK' } },
      {
        name: 'MsgId',
        kind: 'number',
        required: true,
        default: { kind: 'generate', generator: 'msg-id' },
      },
    ] as unknown as CatalogField[]
    expect(startingValues(fields, 'event.CLICK')).toEqual({ Event: 'CLICK' })
    expect(startingValues([], 'text')).toEqual({ Content: '你好' })
  })
})

describe('lineOf', () => {
  const xml =
    '<xml>\n<ToUserName>a</ToUserName>\n<Content>b</Content>\n<ContentType>c</ContentType>\n</xml>'
  it.each([
    ['Content', 3],
    ['ContentType', 4],
    ['Missing', 1],
  ])('<%s> opens on line %i', (name, line) => {
    expect(lineOf(xml, name)).toBe(line)
  })
})
