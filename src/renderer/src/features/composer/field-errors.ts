/**
 * A refused push's field errors, from the core's 400 (the catalogue names the element), worded
 * with the shared explanation of the catalogue error code in the UI language.
 */
import { CATALOG_ERROR_TEXT } from '../../../../shared/explain/catalog-errors'
import type { CatalogErrorCode } from '../../../../shared/model/catalog-error-codes'
import { ControlClientError } from '../../api/control-client'

export function fieldErrorsOf(error: unknown, lang: 'zh' | 'en'): Record<string, string> {
  if (!(error instanceof ControlClientError)) return {}
  const code = /^(catalog-[a-z-]+):/.exec(error.message)?.[1]
  const title =
    code && Object.hasOwn(CATALOG_ERROR_TEXT, code)
      ? CATALOG_ERROR_TEXT[code as CatalogErrorCode][lang].title
      : undefined
  const out: Record<string, string> = {}
  for (const issue of error.issues) {
    out[issue.path] = title ? `${title} — ${issue.message}` : issue.message
  }
  return out
}
