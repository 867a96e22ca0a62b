/**
 * Small constructors that keep the catalogue tables readable: each field is written once as data
 * (name, labels, default), and the constructor fills in its kind. `required` defaults to true
 * because most elements are in every real push of their type; optional ones say so.
 */
import type {
  Bilingual,
  CatalogField,
  GeneratorName,
  GroupDefault,
  GroupField,
  ListDefault,
  ListField,
  ScalarDefault,
  ScalarField,
  ValueFormat,
} from '../../../shared/model/catalog-types'

export const words = (zh: string, en: string): Bilingual => ({ zh, en })

export const fixed = (value: string): ScalarDefault => ({ kind: 'value', value })
export const generated = (generator: GeneratorName): ScalarDefault => ({
  kind: 'generate',
  generator,
})
export const countOf = (list: string): ScalarDefault => ({ kind: 'count-of', list })
export const ABSENT = { kind: 'absent' } as const

export interface ScalarInput {
  readonly name: string
  readonly label: Bilingual
  readonly help: Bilingual
  readonly default: ScalarDefault
  readonly required?: boolean
  readonly format?: ValueFormat
  readonly suggestions?: readonly string[]
  readonly repeated?: boolean
}

function scalar(kind: ScalarField['kind'], input: ScalarInput): ScalarField {
  const { required = true, ...rest } = input
  return { kind, required, ...rest }
}

/** A string element, written as CDATA. */
export const cdataField = (input: ScalarInput): ScalarField => scalar('string', input)

/** A number element, written bare. */
export const bareField = (input: ScalarInput): ScalarField => scalar('number', input)

interface ContainerInput<D> {
  readonly name: string
  readonly label: Bilingual
  readonly help: Bilingual
  readonly fields: readonly CatalogField[]
  readonly required?: boolean
  readonly default?: D
}

interface ListInput extends ContainerInput<ListDefault> {
  /** Items repeat in place as elements named `name`, with no wrapper (ListField.inline). */
  readonly inline?: boolean
}

export function groupField(input: ContainerInput<GroupDefault>): GroupField {
  const { required = true, default: def = { kind: 'children' }, ...rest } = input
  return { kind: 'group', required, default: def, ...rest }
}

/**
 * A list of `<item>` elements (or, inline, of elements named `name` in place); by default one item
 * built from the item fields' defaults.
 */
export function listField(input: ListInput): ListField {
  const { required = true, default: def = { kind: 'items', count: 1 }, ...rest } = input
  return { kind: 'list', required, default: def, ...rest }
}
