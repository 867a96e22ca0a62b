/**
 * Which catalogue type a push is: by MsgType, then (for MsgType `event`) by Event, then, where
 * several types share an Event, by the EventKey prefix: subscribe through a parametric QR code
 * carries EventKey `qrscene_…` (protocol.md §6). Event names are case-sensitive (protocol.md §6).
 */
import type { CatalogEntry } from '../../../shared/model/catalog-types'
import { CatalogError } from './errors'
import { CATALOG } from './table'

export interface PushIdentity {
  readonly msgType: string
  readonly event: string | undefined
  readonly eventKey: string | undefined
}

export function identifyPush({ msgType, event, eventKey }: PushIdentity): CatalogEntry {
  const candidates = CATALOG.filter(
    (entry) => entry.msgType === msgType && (msgType !== 'event' || entry.event === event),
  )
  const prefixed = candidates.find(
    (entry) => entry.eventKeyPrefix !== undefined && eventKey?.startsWith(entry.eventKeyPrefix),
  )
  const match = prefixed ?? candidates.find((entry) => entry.eventKeyPrefix === undefined)
  if (match) return match
  const known = [...new Set(CATALOG.map((e) => (e.event ? `event/${e.event}` : e.msgType)))]
  throw new CatalogError(
    'catalog-push-unrecognised',
    `MsgType "${msgType}"${event === undefined ? '' : ` with Event "${event}"`} is not in the catalogue; known: ${known.join(', ')}`,
    { msgType, event: event ?? '', known: known.join(', ') },
  )
}
