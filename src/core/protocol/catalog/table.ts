/**
 * The whole catalogue: every push type of protocol.md §5 and §6, in the order the composer lists them.
 * Each family lives in its own file; this one only joins them and looks types up.
 */
import type { CatalogEntry } from '../../../shared/model/catalog-types'
import { FOLLOW_EVENT_TYPES } from './events'
import { MENU_EVENT_TYPES } from './menu-events'
import { MESSAGE_TYPES } from './messages'
import { NOTIFY_EVENT_TYPES } from './notify-events'

export const CATALOG: readonly CatalogEntry[] = [
  ...MESSAGE_TYPES,
  ...FOLLOW_EVENT_TYPES,
  ...MENU_EVENT_TYPES,
  ...NOTIFY_EVENT_TYPES,
]

const byId = new Map<string, CatalogEntry>(CATALOG.map((entry) => [entry.id, entry]))

export function findEntry(typeId: string): CatalogEntry | undefined {
  return byId.get(typeId)
}
