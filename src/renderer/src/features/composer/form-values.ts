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
      // Strings are a repeated element's values (fail_idx); objects a list's items.
      out[name] = value.map((item: unknown) =>
        typeof item === 'string' ? item : fromParsed(item as Record<string, unknown>),
      )
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

/**
 * Values read back from XML, minus the generated ones (MsgId, MediaId…) still as the preview made
 * them: back in the form they mean "generate on send" again, so every send gets a fresh MsgId
 * rather than the one the preview happened to show. An edited value is the user's and is kept.
 */
export function withoutUntouchedGenerated(
  fields: readonly CatalogField[],
  values: FormValues,
  preview: FormValues,
): FormValues {
  const out: Record<string, unknown> = { ...values }
  for (const field of fields) {
    const value = values[field.name]
    const before = preview[field.name]
    if (value === undefined || before === undefined) continue
    if (field.kind === 'group' && isValues(value) && isValues(before)) {
      out[field.name] = withoutUntouchedGenerated(field.fields, value, before)
    } else if (field.kind === 'list' && Array.isArray(value) && Array.isArray(before)) {
      out[field.name] = value.map((item: unknown, i) => {
        const old: unknown = before[i]
        return isValues(item) && isValues(old)
          ? withoutUntouchedGenerated(field.fields, item, old)
          : item
      })
    } else if (field.kind !== 'group' && field.kind !== 'list') {
      const derived = field.default.kind === 'generate' || field.default.kind === 'count-of'
      if (derived && value === before) delete out[field.name]
    }
  }
  return out
}

function isValues(value: unknown): value is FormValues {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
