import { describe, expect, it } from 'vitest'
import { loadPushSamples } from '../../helpers/vectors'
import { listCatalog, parsePush } from '../../../src/core/protocol/catalog'
import { parseWechatXml } from '../../../src/core/protocol/xml-codec'
import { SAMPLE_CASES } from './sample-cases'

const samples = loadPushSamples()
const catalog = listCatalog()

describe('the catalogue covers messages/index.json', () => {
  it('has an expectation for exactly the push samples the index lists', () => {
    expect(Object.keys(SAMPLE_CASES).sort()).toEqual(samples.map((s) => s.file).sort())
  })

  // A new push vector of a type the catalogue lacks fails here (and in samples.test.ts).
  it.each(samples)('$file ($MsgType $Event) is a catalogue type', (sample) => {
    const declared = catalog.filter((e) => e.msgType === sample.MsgType && e.event === sample.Event)
    expect(declared.length).toBeGreaterThan(0)
    const parsed = parsePush(parseWechatXml(sample.text))
    expect(declared.map((e) => e.id)).toContain(parsed.typeId)
  })

  it.each(catalog)('$id has a spec sample that parses to it', (entry) => {
    const sample = samples.find((s) => `messages/${s.file}` === entry.sample)
    expect(sample, `${entry.sample} is not a push sample in messages/index.json`).toBeDefined()
    expect(parsePush(parseWechatXml(sample!.text)).typeId).toBe(entry.id)
  })
})
