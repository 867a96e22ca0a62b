/**
 * Codes of CatalogError, thrown when a push cannot be built from the catalogue or a body cannot be
 * identified as a catalogue type (protocol.md §5, §6). Shared so the renderer and the CLI can explain them
 * (src/shared/explain/catalog-errors.ts) without importing the core.
 */
export const CATALOG_ERROR_CODES = [
  // buildPush
  'catalog-unknown-type',
  'catalog-unknown-field',
  'catalog-required-missing',
  'catalog-value-wrong-shape',
  'catalog-value-not-integer',
  'catalog-value-not-decimal',
  'catalog-value-out-of-range',
  'catalog-value-missing-prefix',
  'catalog-count-mismatch',
  // parsePush
  'catalog-msgtype-missing',
  'catalog-event-missing',
  'catalog-push-unrecognised',
] as const

export type CatalogErrorCode = (typeof CATALOG_ERROR_CODES)[number]
