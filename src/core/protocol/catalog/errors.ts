/**
 * CatalogError: a push cannot be built from the catalogue (unknown type, bad or missing value) or
 * a body cannot be identified as a catalogue type (protocol.md §5, §6). The code is stable and explained
 * in src/shared/explain/catalog-errors.ts; `detail` carries the facts (type id, field path, the
 * value given, what was expected) and the message says the same in plain English for a log.
 */
import { MpsimError } from '../../errors'
import type { CatalogErrorCode } from '../../../shared/model/catalog-error-codes'

export type { CatalogErrorCode } from '../../../shared/model/catalog-error-codes'

export class CatalogError extends MpsimError {
  override readonly code: CatalogErrorCode
  readonly detail: Readonly<Record<string, string | number>>
  constructor(code: CatalogErrorCode, message: string, detail: Record<string, string | number>) {
    super(message)
    this.code = code
    this.detail = detail
  }
}
