/**
 * buildPush: one catalogue type + values → the element tree of a push, ready for
 * renderPlainBody / encryption (push-body.ts). Common header first, in the order every real push
 * has it: ToUserName, FromUserName, CreateTime, MsgType, then Event for events (protocol.md §4.3, §5, §6).
 */
import type { CatalogEntry, PushValues } from '../../../shared/model/catalog-types'
import { bare, cdata } from '../xml-node'
import type { XmlNode } from '../xml-node'
import { buildFields, expectObject } from './build-fields'
import { CatalogError } from './errors'
import { checkFormat } from './formats'
import type { CatalogRandom } from './generators'
import { CATALOG, findEntry } from './table'

export interface PushContext {
  /** The account's original id (gh_…), written as ToUserName. */
  readonly toUserName: string
  /** The user's openid, written as FromUserName. */
  readonly fromUserName: string
  /** Now in Unix seconds, written as CreateTime unless values.CreateTime is given (protocol.md §1). */
  readonly now: number | (() => number)
  /** Source of generated ids, tickets and checksums; the engine passes its Random. */
  readonly random: CatalogRandom
  /**
   * Scheme, host and port of generated PicUrl values: the mock platform's address, which serves
   * /mmbiz_jpg/… (the engine's `state.media` knows it once the platform listens). This module does
   * no I/O, so the caller passes it in.
   * @default DEFAULT_MEDIA_BASE_URL, a placeholder where nothing listens
   */
  readonly mediaBaseUrl?: string
}

/** Used when no mediaBaseUrl is given: port 80 on loopback, where nothing listens. */
export const DEFAULT_MEDIA_BASE_URL = 'http://127.0.0.1'

export interface BuildOptions {
  /**
   * Check given values' formats: digits, coordinates, qrscene_ prefix, counts matching lists. Turn
   * off to send a deliberately odd push, or to rebuild a doc sample with placeholders ("MENUID").
   * Unknown types and fields, wrong shapes and missing required elements are refused either way.
   * @default true
   */
  readonly checkFormats?: boolean
  /**
   * Element order of the top-level body fields; fields not named keep the catalogue order after
   * them. Real pushes have a fixed order, but bots must not depend on it (protocol.md §4.3), so a test
   * may shuffle it; parsePush reports the order it saw.
   * @default the catalogue order (the order real pushes carry)
   */
  readonly order?: readonly string[]
}

/**
 * Builds the elements of one push. Throws CatalogError for an unknown type id, an unknown field,
 * a wrong shape, a missing required element or (with checkFormats) a malformed value.
 * @example
 * const nodes = buildPush('text', { Content: 'hi' }, { toUserName: 'gh_…', fromUserName: 'o…',
 *   now: clock.nowSeconds(), random })
 * const body = renderPlainBody(nodes)
 */
export function buildPush(
  typeId: string,
  values: PushValues,
  ctx: PushContext,
  options: BuildOptions = {},
): XmlNode[] {
  const entry = findEntry(typeId)
  if (!entry) {
    const known = CATALOG.map((e) => e.id).join(', ')
    throw new CatalogError(
      'catalog-unknown-type',
      `"${typeId}" is not a catalogue type id; use one of: ${known}`,
      { typeId, known },
    )
  }
  const checkFormats = options.checkFormats ?? true
  // Values may arrive as JSON from the control API, so the top level is checked like the rest.
  const body = buildFields(entry.fields, expectObject(values, '(values)'), '', {
    typeId,
    checkFormats,
    generate: {
      random: ctx.random,
      // A trailing slash would make `…//mmbiz_jpg/…`.
      mediaBaseUrl: (ctx.mediaBaseUrl ?? DEFAULT_MEDIA_BASE_URL).replace(/\/+$/, ''),
    },
  })
  const header: XmlNode[] = [
    cdata('ToUserName', ctx.toUserName),
    cdata('FromUserName', ctx.fromUserName),
    bare('CreateTime', createTime(values, ctx, checkFormats)),
    cdata('MsgType', entry.msgType),
  ]
  if (entry.event !== undefined) header.push(cdata('Event', entry.event))
  return [...header, ...reorder(body, options.order ?? [], entry)]
}

function createTime(values: PushValues, ctx: PushContext, checkFormats: boolean): string {
  const given = values.CreateTime
  if (given === undefined) {
    const now = typeof ctx.now === 'function' ? ctx.now() : ctx.now
    const seconds = String(Math.floor(now))
    checkFormat('integer', seconds, 'CreateTime') // a NaN or negative clock is a caller bug
    return seconds
  }
  if (typeof given !== 'string') {
    throw new CatalogError(
      given === null ? 'catalog-required-missing' : 'catalog-value-wrong-shape',
      'CreateTime must be a string of Unix seconds, or left out to use ctx.now',
      { field: 'CreateTime', expected: 'a string' },
    )
  }
  if (checkFormats) checkFormat('integer', given, 'CreateTime')
  return given
}

function reorder(nodes: XmlNode[], order: readonly string[], entry: CatalogEntry): XmlNode[] {
  const known = entry.fields.map((f) => f.name)
  const unknown = order.find((name) => !known.includes(name))
  if (unknown !== undefined) {
    throw new CatalogError(
      'catalog-unknown-field',
      `order names ${unknown}, which ${entry.id} does not have; its fields are: ${known.join(', ')}`,
      { typeId: entry.id, field: unknown, known: known.join(', ') },
    )
  }
  const first = nodes.filter((n) => order.includes(n.name))
  first.sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name))
  return [...first, ...nodes.filter((n) => !order.includes(n.name))]
}
