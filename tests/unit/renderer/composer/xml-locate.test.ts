/** Finding elements again in the edited text, so the engine's lint can be underlined in place. */
import { describe, expect, it } from 'vitest'
import {
  elementRange,
  leafOf,
  positionAt,
} from '../../../../src/renderer/src/features/composer/xml-locate'

describe('positionAt', () => {
  it('counts lines and columns from 1', () => {
    const text = 'ab\ncd\n'
    expect(positionAt(text, 0)).toEqual({ line: 1, column: 1 })
    expect(positionAt(text, 3)).toEqual({ line: 2, column: 1 })
    expect(positionAt(text, 5)).toEqual({ line: 2, column: 3 })
  })
})

describe('elementRange', () => {
  const xml = [
    '<xml><Content><![CDATA[a]]></Content>',
    '<ContentType>c</ContentType>',
    '<Foo/><Foo>2</Foo>',
    '<ScanCodeInfo>',
    '<ScanType>qrcode</ScanType>',
    '</ScanCodeInfo>',
    '</xml>',
  ].join('\n')

  it('covers a text element from its < to the end of its closing tag', () => {
    expect(elementRange(xml, 'Content')).toEqual({ line: 1, column: 6, endLine: 1, endColumn: 38 })
  })

  it('does not take a longer name for a shorter one', () => {
    expect(elementRange(xml, 'ContentType')?.line).toBe(2)
  })

  it('finds the nth element of a name, self-closing ones included', () => {
    expect(elementRange(xml, 'Foo', 0)).toEqual({ line: 3, column: 1, endLine: 3, endColumn: 7 })
    expect(elementRange(xml, 'Foo', 1)).toEqual({
      line: 3,
      column: 7,
      endLine: 3,
      endColumn: 19,
    })
    expect(elementRange(xml, 'Foo', 2)).toBeUndefined()
  })

  it('marks only the opening tag of an element spanning lines', () => {
    expect(elementRange(xml, 'ScanCodeInfo')).toEqual({
      line: 4,
      column: 1,
      endLine: 4,
      endColumn: 15,
    })
  })

  it('is undefined for an element not in the text', () => {
    expect(elementRange(xml, 'MsgId')).toBeUndefined()
  })
})

describe('leafOf', () => {
  it.each([
    ['Content', 'Content'],
    ['ScanCodeInfo.ScanType', 'ScanType'],
    ['SendPicsInfo.PicList[0].PicMd5Sum', 'PicMd5Sum'],
    ['PicList[1]', 'PicList'],
  ])('%s → %s', (path, leaf) => {
    expect(leafOf(path)).toBe(leaf)
  })
})
