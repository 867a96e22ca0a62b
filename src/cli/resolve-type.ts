/**
 * `--type` accepts what a developer would type: a catalogue id (`event.CLICK`), a MsgType (`text`),
 * or an Event value in any case (`click`, `subscribe`). Unknown names get the list of valid ones.
 */
import { CATALOG_TYPE_IDS } from '../shared/model/catalog-types'
import type { CatalogTypeId } from '../shared/model/catalog-types'

export class UnknownTypeError extends Error {
  constructor(given: string) {
    super(
      `unknown --type "${given}". Use a MsgType or an event, one of:\n  ${CATALOG_TYPE_IDS.join(', ')}`,
    )
  }
}

export function resolveTypeId(given: string): CatalogTypeId {
  const ids: readonly string[] = CATALOG_TYPE_IDS
  if (ids.includes(given)) return given as CatalogTypeId
  const lower = given.toLowerCase()
  const match =
    CATALOG_TYPE_IDS.find((id) => id.toLowerCase() === lower) ??
    CATALOG_TYPE_IDS.find((id) => id.toLowerCase() === `event.${lower}`) ??
    (lower === 'qrscene' ? 'event.subscribe.qrscene' : undefined)
  if (!match) throw new UnknownTypeError(given)
  return match
}
