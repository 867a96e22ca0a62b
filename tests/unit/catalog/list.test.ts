import { describe, expect, it } from 'vitest'
import { getCatalogEntry, listCatalog } from '../../../src/core/protocol/catalog'
import type { CatalogField } from '../../../src/core/protocol/catalog'
import { FORMAT_EXAMPLES } from '../../../src/core/protocol/catalog'
import { CATALOG_TYPE_IDS } from '../../../src/shared/model/catalog-types'

const catalog = listCatalog()
const CJK = /[\u4e00-\u9fff]/

/** Every field with its path, through groups and list items. */
function walk(
  fields: readonly CatalogField[],
  parent = '',
): [string, CatalogField, readonly CatalogField[]][] {
  return fields.flatMap((field) => {
    const path = parent === '' ? field.name : `${parent}.${field.name}`
    const self: [string, CatalogField, readonly CatalogField[]] = [path, field, fields]
    return field.kind === 'group' || field.kind === 'list'
      ? [self, ...walk(field.fields, path)]
      : [self]
  })
}

describe('listCatalog', () => {
  it('lists every type id once, in the shared order', () => {
    expect(catalog.map((e) => e.id)).toEqual([...CATALOG_TYPE_IDS])
  })

  it('is plain JSON data', () => {
    expect(JSON.parse(JSON.stringify(catalog))).toEqual(catalog)
  })

  it('returns a fresh copy each time', () => {
    const first = listCatalog()
    ;(first[0] as { id: string }).id = 'changed'
    expect(listCatalog()[0]?.id).toBe('text')
    expect(getCatalogEntry('text')?.id).toBe('text')
    expect(getCatalogEntry('nope')).toBeUndefined()
  })

  it.each(catalog)('$id: MsgType/Event/family agree', (entry) => {
    if (entry.family === 'message') {
      expect(entry.msgType).not.toBe('event')
      expect(entry.event).toBeUndefined()
      expect(entry.spec).toBe('§5')
    } else {
      expect(entry.msgType).toBe('event')
      expect(entry.id.startsWith(`event.${entry.event ?? '?'}`)).toBe(true)
      expect(entry.spec).toBe('§6')
    }
    // Events carry no MsgId; every ordinary message does (protocol.md §5, §6).
    expect(entry.fields.some((f) => f.name === 'MsgId')).toBe(entry.family === 'message')
  })

  it.each(catalog)('$id: labels and help in Chinese and English', (entry) => {
    const texts = [entry, ...walk(entry.fields).map(([, f]) => f)]
    for (const { label, help } of texts) {
      expect(label.zh).toMatch(CJK)
      expect(help.zh).toMatch(CJK)
      expect(label.en.trim()).not.toBe('')
      expect(help.en.trim()).not.toBe('')
      expect(label.en).not.toMatch(CJK)
    }
  })

  it.each(catalog)('$id: field rules hold', (entry) => {
    for (const [path, field, siblings] of walk(entry.fields)) {
      // Required elements are always emitted.
      if (field.required) expect(field.default.kind, path).not.toBe('absent')
      if (field.kind === 'list' || field.kind === 'group') continue
      if (field.default.kind === 'count-of') {
        const list = field.default.list
        expect(
          siblings.some((s) => s.kind === 'list' && s.name === list),
          path,
        ).toBe(true)
      }
      if (field.format) expect(FORMAT_EXAMPLES[field.format]).toBeDefined()
    }
    const names = entry.fields.map((f) => f.name)
    expect(new Set(names).size).toBe(names.length)
  })
})
