/**
 * listCatalog: the catalogue as plain JSON-safe data for the composer and the CLI — every type
 * with its labels, help, fields in wire order, formats and defaults (generated defaults by name).
 */
import type { CatalogEntry } from '../../../shared/model/catalog-types'
import { CATALOG, findEntry } from './table'

/** Every push type, in menu order. A fresh copy: callers may keep or change it freely. */
export function listCatalog(): CatalogEntry[] {
  return structuredClone([...CATALOG])
}

/** One type by id, or undefined. */
export function getCatalogEntry(typeId: string): CatalogEntry | undefined {
  const entry = findEntry(typeId)
  return entry && structuredClone(entry)
}
