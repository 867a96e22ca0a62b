import { describe, expect, it } from 'vitest'
import { loadPushSamples } from '../../helpers/vectors'
import { buildPush, parsePush } from '../../../src/core/protocol/catalog'
import { renderPlainBody } from '../../../src/core/protocol/push-body'
import { parseWechatXml } from '../../../src/core/protocol/xml-codec'
import { expectCatalogError, testContext } from './helpers'
import { SAMPLE_CASES } from './sample-cases'

const samples = loadPushSamples()

function caseOf(file: string) {
  const expected = SAMPLE_CASES[file]
  if (!expected) throw new Error(`write the expected type and values of ${file} in sample-cases.ts`)
  return expected
}

describe('parsePush reads every spec push sample (protocol.md §5, §6)', () => {
  it.each(samples)('$file', ({ file, text }) => {
    const expected = caseOf(file)
    const parsed = parsePush(parseWechatXml(text))
    expect(parsed.typeId).toBe(expected.typeId)
    expect(parsed.values).toEqual(expected.values)
    expect(parsed.unknownFields).toEqual([])
    expect(parsed.missingFields).toEqual([])
  })
})

describe('buildPush rebuilds every spec push sample from its parsed values', () => {
  it.each(samples)('$file', ({ file, text }) => {
    const expected = caseOf(file)
    const { typeId, header, values, order } = parsePush(parseWechatXml(text))
    const ctx = testContext({
      toUserName: header.ToUserName,
      fromUserName: header.FromUserName,
      now: () => {
        throw new Error('CreateTime must come from the values')
      },
    })
    const build = (checkFormats: boolean) =>
      buildPush(typeId, { ...values, CreateTime: header.CreateTime }, ctx, { order, checkFormats })
    if (expected.placeholders) expectCatalogError(() => build(true), 'catalog-value-not-integer')
    const nodes = build(!expected.placeholders)

    // Same elements in the same order, with the same CDATA flags and values.
    expect(nodes).toEqual(parseWechatXml(text))

    // The samples are written in the doc layout (`<xml>` LF … `</xml>` LF), not WeChat's wire
    // layout (`<xml><ToUserName>` … `</xml>`, no trailing LF; protocol.md §4.3), so the top-level
    // difference is undone before comparing bytes. Nested lists differ further (see
    // SampleCase.nestedDocLayout): those samples are compared by node tree above only.
    const docAsWire = text.replace(/^<xml>\n/, '<xml>').replace(/\n$/, '')
    if (expected.nestedDocLayout) expect(renderPlainBody(nodes)).not.toBe(docAsWire)
    else expect(renderPlainBody(nodes)).toBe(docAsWire)
  })
})
