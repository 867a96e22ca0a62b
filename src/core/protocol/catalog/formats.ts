/**
 * Value format checks for buildPush (protocol.md §1 value formats, §4.3 CDATA rule, §6 qrscene_).
 * Values stay strings throughout: a uint64 is compared as a BigInt, never through a JS number,
 * because real MsgIds exceed 2^53 (protocol.md §0 #2).
 */
import type { ValueFormat } from '../../../shared/model/catalog-types'
import { CatalogError } from './errors'
import type { CatalogErrorCode } from './errors'

const UINT64_MAX = (1n << 64n) - 1n
const DIGITS = /^\d+$/
const DECIMAL = /^[-+]?\d+(?:\.\d+)?$/

/** A value of each format as WeChat writes it, quoted in errors so the fix is obvious. */
export const FORMAT_EXAMPLES: Readonly<Record<ValueFormat, string>> = {
  integer: '1668869541',
  uint64: '23892468385179204',
  decimal: '30.000000',
  latitude: '23.137466',
  longitude: '113.352425',
  qrscene: 'qrscene_123123',
}

/** The CatalogError for a value without its format, quoting an example of the format. */
function formatError(
  format: ValueFormat,
  value: string,
  field: string,
  code: CatalogErrorCode,
  what: string,
  extra: Record<string, string | number> = {},
): CatalogError {
  const example = FORMAT_EXAMPLES[format]
  return new CatalogError(code, `${field}: "${value}" ${what}, e.g. ${example}`, {
    field,
    value,
    format,
    example,
    ...extra,
  })
}

/** Throws CatalogError when `value` does not have the format; `field` is its path. */
export function checkFormat(format: ValueFormat, value: string, field: string): void {
  const notInteger = 'is not an unsigned integer'
  const notDecimal = 'is not a decimal number'
  switch (format) {
    case 'integer':
      if (!DIGITS.test(value)) {
        throw formatError(format, value, field, 'catalog-value-not-integer', notInteger)
      }
      return
    case 'uint64':
      if (!DIGITS.test(value)) {
        throw formatError(format, value, field, 'catalog-value-not-integer', notInteger)
      }
      if (BigInt(value) > UINT64_MAX) {
        throw formatError(format, value, field, 'catalog-value-out-of-range', 'exceeds 2^64-1', {
          max: UINT64_MAX.toString(),
        })
      }
      return
    case 'decimal':
      if (!DECIMAL.test(value)) {
        throw formatError(format, value, field, 'catalog-value-not-decimal', notDecimal)
      }
      return
    case 'latitude':
    case 'longitude': {
      if (!DECIMAL.test(value)) {
        throw formatError(format, value, field, 'catalog-value-not-decimal', notDecimal)
      }
      const limit = format === 'latitude' ? 90 : 180
      if (Math.abs(Number(value)) > limit) {
        const what = `is not a ${format} within ±${limit}`
        throw formatError(format, value, field, 'catalog-value-out-of-range', what, {
          min: -limit,
          max: limit,
        })
      }
      return
    }
    case 'qrscene':
      if (!value.startsWith('qrscene_')) {
        const what = 'does not start with qrscene_'
        throw formatError(format, value, field, 'catalog-value-missing-prefix', what, {
          prefix: 'qrscene_',
        })
      }
      return
  }
}
