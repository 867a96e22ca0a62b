/**
 * Builds the body elements of a push from catalogue fields and caller values, recursively through
 * groups, `<item>` lists, inline lists and repeated elements. A missing value takes the field's default; `null` leaves an optional
 * element out. Strings become CDATA and numbers bare, as the field's kind says (protocol.md §4.3).
 */
import type {
  CatalogField,
  ListField,
  PushValue,
  PushValues,
  ScalarField,
} from '../../../shared/model/catalog-types'
import { bare, cdata, group } from '../xml-node'
import type { XmlNode } from '../xml-node'
import { CatalogError } from './errors'
import { checkFormat } from './formats'
import { generateValue } from './generators'
import type { GeneratorContext } from './generators'
import { LIST_ITEM, pathOf } from './paths'

export interface BuildWalk {
  readonly typeId: string
  readonly checkFormats: boolean
  readonly generate: GeneratorContext
}

export function buildFields(
  fields: readonly CatalogField[],
  values: PushValues,
  path: string,
  walk: BuildWalk,
): XmlNode[] {
  rejectUnknownKeys(fields, values, path, walk.typeId)
  const nodes: XmlNode[] = []
  for (const field of fields) nodes.push(...buildField(field, fields, values, path, walk))
  return nodes
}

/** The field's elements: none when left out, several for a repeated element or an inline list. */
function buildField(
  field: CatalogField,
  siblings: readonly CatalogField[],
  values: PushValues,
  parent: string,
  walk: BuildWalk,
): XmlNode[] {
  const path = pathOf(parent, field.name)
  const given = values[field.name]
  if (given === null) {
    if (!field.required) return []
    throw new CatalogError(
      'catalog-required-missing',
      `${path} is required in every ${walk.typeId} push; give a value or leave the key out for the default`,
      { typeId: walk.typeId, field: path },
    )
  }
  switch (field.kind) {
    case 'string':
    case 'number': {
      if (field.repeated) {
        if (given === undefined) return []
        return expectTexts(given, path).map((text, i) =>
          scalarNode(field, text, siblings, values, `${path}[${i}]`, walk.checkFormats),
        )
      }
      const text = given === undefined ? scalarDefault(field, siblings, values, walk) : given
      if (text === undefined) return []
      // Defaults are valid by construction (tests/unit/catalog/defaults.test.ts);
      // only given values are checked.
      const check = walk.checkFormats && given !== undefined
      return [scalarNode(field, expectText(text, path), siblings, values, path, check)]
    }
    case 'group': {
      if (given === undefined && field.default.kind === 'absent') return []
      const inner = given === undefined ? {} : expectObject(given, path)
      return [group(field.name, buildFields(field.fields, inner, path, walk))]
    }
    case 'list': {
      const items = given === undefined ? defaultItems(field) : expectList(given, path)
      if (items === undefined) return []
      const children = items.map((item, i) => {
        const itemPath = `${path}[${i}]`
        return group(
          field.inline ? field.name : LIST_ITEM,
          buildFields(field.fields, expectObject(item, itemPath), itemPath, walk),
        )
      })
      return field.inline ? children : [group(field.name, children)]
    }
  }
}

function scalarNode(
  field: ScalarField,
  text: string,
  siblings: readonly CatalogField[],
  values: PushValues,
  path: string,
  check: boolean,
): XmlNode {
  if (check) checkGiven(field, text, siblings, values, path)
  return field.kind === 'string' ? cdata(field.name, text) : bare(field.name, text)
}

function scalarDefault(
  field: ScalarField,
  siblings: readonly CatalogField[],
  values: PushValues,
  walk: BuildWalk,
): string | undefined {
  const def = field.default
  switch (def.kind) {
    case 'value':
      return def.value
    case 'generate':
      return generateValue(def.generator, walk.generate)
    case 'count-of':
      return String(listLength(siblings, values, def.list))
    case 'absent':
      return undefined
  }
}

function checkGiven(
  field: ScalarField,
  value: string,
  siblings: readonly CatalogField[],
  values: PushValues,
  path: string,
): void {
  if (field.format) checkFormat(field.format, value, path)
  if (field.default.kind !== 'count-of') return
  // A count that disagrees with its list is a push WeChat never sends (SendPicsInfo/Count...).
  const length = listLength(siblings, values, field.default.list)
  if (value !== String(length)) {
    throw new CatalogError(
      'catalog-count-mismatch',
      `${path} is ${value} but ${field.default.list} has ${length} item(s); leave ${field.name} out to have it counted`,
      { field: path, value, list: field.default.list, items: length },
    )
  }
}

/** How many items the sibling list will have: given, or its default count. */
function listLength(siblings: readonly CatalogField[], values: PushValues, name: string): number {
  const list = siblings.find((f): f is ListField => f.kind === 'list' && f.name === name)
  const given = values[name]
  if (Array.isArray(given)) return given.length
  if (given === undefined && list) return defaultItems(list)?.length ?? 0
  return 0
}

function defaultItems(field: ListField): readonly PushValues[] | undefined {
  if (field.default.kind === 'absent') return undefined
  return Array.from({ length: field.default.count }, () => ({}))
}

function rejectUnknownKeys(
  fields: readonly CatalogField[],
  values: PushValues,
  path: string,
  typeId: string,
): void {
  for (const key of Object.keys(values)) {
    if (path === '' && key === 'CreateTime') continue // the one header value a caller may set
    if (fields.some((f) => f.name === key)) continue
    const known = fields.map((f) => f.name).join(', ')
    throw new CatalogError(
      'catalog-unknown-field',
      `${typeId} has no field ${pathOf(path, key)}; its fields${path === '' ? '' : ` under ${path}`} are: ${known || '(none)'}`,
      { typeId, field: pathOf(path, key), known },
    )
  }
}

const shapeError = (path: string, expected: string, value: PushValue): CatalogError =>
  new CatalogError(
    'catalog-value-wrong-shape',
    `${path} must be ${expected}, got ${Array.isArray(value) ? 'a list' : typeof value}`,
    { field: path, expected, got: Array.isArray(value) ? 'list' : typeof value },
  )

// Values come from JSON (the control API) as well as from typed code, so shapes are checked at
// run time. A number is refused even where it looks harmless: MsgId must stay a string
// (protocol.md §0 #2).
function expectText(value: PushValue, path: string): string {
  if (typeof value === 'string') return value
  throw shapeError(path, 'a string', value)
}

export function expectObject(value: PushValue, path: string): PushValues {
  if (typeof value === 'object' && value !== null && !Array.isArray(value))
    return value as PushValues
  throw shapeError(path, 'an object of field values', value)
}

function expectTexts(value: PushValue, path: string): readonly string[] {
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value
  throw shapeError(path, 'a list of strings', value)
}

function expectList(value: PushValue, path: string): readonly PushValues[] {
  if (Array.isArray(value)) return value as readonly PushValues[]
  throw shapeError(path, 'a list of item objects', value)
}
