/**
 * The message/event catalogue (protocol.md §5, §6): every push WeChat sends a bot, as data, with a
 * builder (values → element tree) and a parser (element tree → type and values). Pure: time and
 * randomness come in through PushContext.
 */
export { buildPush } from './build-push'
export type { BuildOptions, PushContext } from './build-push'
export { CatalogError } from './errors'
export type { CatalogErrorCode } from './errors'
export { FORMAT_EXAMPLES } from './formats'
export type { CatalogRandom } from './generators'
export { getCatalogEntry, listCatalog } from './list'
export { parsePush } from './parse-push'
export type { ParsedPush, PushHeader, UnknownField } from './parse-push'
export { CATALOG_TYPE_IDS } from '../../../shared/model/catalog-types'
export type {
  CatalogEntry,
  CatalogField,
  CatalogTypeId,
  PushValue,
  PushValues,
} from '../../../shared/model/catalog-types'
