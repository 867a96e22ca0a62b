/**
 * The form's values, in the catalogue's terms: a missing key means "the catalogue's default", a
 * string is a text element, an object a group, an array a list. Empty inputs are removed, so the
 * push gets the default (a generated MsgId, the count of a list…) rather than an empty element.
 */
import type { CatalogField } from '../../../../shared/model/catalog-types'

export type FormValues = Readonly<Record<string, unknown>>

export function setValue(values: FormValues, name: string, value: unknown): FormValues {
  const next: Record<string, unknown> = { ...values }
  if (value === undefined || value === '') delete next[name]
  else next[name] = value
  return next
}

/** Values read back from XML (null = element absent) in the form's terms (absent = default). */
export function fromParsed(values: Readonly<Record<string, unknown>>): FormValues {
  const out: Record<string, unknown> = {}
  for (const [name, value] of Object.entries(values)) {
    if (value === null || value === undefined) continue
    if (Array.isArray(value))
      out[name] = value.map((item) => fromParsed(item as Record<string, unknown>))
    else if (typeof value === 'object') out[name] = fromParsed(value as Record<string, unknown>)
    else out[name] = value
  }
  return out
}

/** The initial values of a type: its fixed defaults filled in, so the form starts realistic. */
export function startingValues(fields: readonly CatalogField[], typeId: string): FormValues {
  const out: Record<string, unknown> = {}
  for (const field of fields) {
    if (field.kind !== 'string' && field.kind !== 'number') continue
    if (field.default.kind === 'value') out[field.name] = field.default.value
  }
  // It starts useful: a text message ready to send (design "Defaults that make the first minute work").
  if (typeId === 'text' && out['Content'] === undefined) out['Content'] = '你好'
  return out
}
