/**
 * Shapes of the message/event catalogue (protocol.md §5, §6): every push WeChat sends to a bot, described
 * as data. Shared so the renderer's composer can draw a form for each type from the JSON the
 * control API serves (listCatalog), without importing the core. The table itself lives in
 * src/core/protocol/catalog.
 */

/**
 * Every catalogue type id. Ordinary messages use their MsgType; events use `event.` + the Event
 * value verbatim (Event names are case-sensitive, protocol.md §6), so an id maps back to the wire at a
 * glance. The one split WeChat makes inside a single Event value is subscribe via a parametric QR
 * code, told apart by the `qrscene_` prefix of its EventKey.
 */
export const CATALOG_TYPE_IDS = [
  'text',
  'image',
  'voice',
  'video',
  'shortvideo',
  'location',
  'link',
  'event.subscribe',
  'event.subscribe.qrscene',
  'event.unsubscribe',
  'event.SCAN',
  'event.LOCATION',
  'event.CLICK',
  'event.VIEW',
  'event.scancode_push',
  'event.scancode_waitmsg',
  'event.pic_sysphoto',
  'event.pic_photo_or_album',
  'event.pic_weixin',
  'event.location_select',
  'event.view_miniprogram',
  'event.TEMPLATESENDJOBFINISH',
  'event.MASSSENDJOBFINISH',
  'event.PUBLISHJOBFINISH',
] as const

export type CatalogTypeId = (typeof CATALOG_TYPE_IDS)[number]

/** A text in both languages mpsim speaks. */
export interface Bilingual {
  readonly zh: string
  readonly en: string
}

/** Which part of the spec a type belongs to; the composer groups its menu by this. */
export type CatalogFamily = 'message' | 'event' | 'menu-event' | 'notify-event'

/**
 * What a value must look like, checked by buildPush (unless format checks are turned off to send a
 * deliberately odd push). Independent of CDATA: SendLocationInfo carries numbers as CDATA.
 * - integer: unsigned decimal digits (CreateTime, counts, MenuId, Idx)
 * - uint64: unsigned decimal digits up to 2^64-1 (MsgId/MsgID, protocol.md §0 #2); never a JS number
 * - decimal: optionally signed decimal with an optional fraction (Precision, Scale)
 * - latitude / longitude: decimal within ±90 / ±180
 * - qrscene: starts with `qrscene_` (subscribe via parametric QR code, protocol.md §6)
 */
export type ValueFormat = 'integer' | 'uint64' | 'decimal' | 'latitude' | 'longitude' | 'qrscene'

/** Named generators for defaults that must differ per push (ids, tickets, checksums). */
export type GeneratorName =
  | 'msg-id'
  | 'template-msg-id'
  | 'mass-msg-id'
  | 'media-id'
  | 'pic-url'
  | 'ticket'
  | 'qrscene'
  | 'scene-id'
  | 'menu-id'
  | 'md5'

/** What buildPush emits for a text field the caller gave no value for. */
export type ScalarDefault =
  | { readonly kind: 'value'; readonly value: string }
  | { readonly kind: 'generate'; readonly generator: GeneratorName }
  /** The number of items in the sibling list field (SendPicsInfo/Count counts PicList). */
  | { readonly kind: 'count-of'; readonly list: string }
  /** Optional element, left out unless a value is given. */
  | { readonly kind: 'absent' }

export type GroupDefault = { readonly kind: 'children' } | { readonly kind: 'absent' }
export type ListDefault =
  { readonly kind: 'items'; readonly count: number } | { readonly kind: 'absent' }

interface FieldBase {
  /** The XML element name, exactly as on the wire. */
  readonly name: string
  /** Required: the element is in every real push of this type (its value may still be empty). */
  readonly required: boolean
  readonly label: Bilingual
  readonly help: Bilingual
}

/** A text element: `string` is written as CDATA, `number` bare (protocol.md §4.3 "CDATA rule"). */
export interface ScalarField extends FieldBase {
  readonly kind: 'string' | 'number'
  readonly format?: ValueFormat
  /** Values seen on the wire, offered by the composer; not enforced. */
  readonly suggestions?: readonly string[]
  readonly default: ScalarDefault
  /**
   * The element repeats in place, once per value, next to its siblings (PUBLISHJOBFINISH's
   * `<fail_idx>`): its value is a list of strings, and no element is written for an empty list.
   */
  readonly repeated?: boolean
}

/** An element holding other elements (ScanCodeInfo, SendPicsInfo, SendLocationInfo...). */
export interface GroupField extends FieldBase {
  readonly kind: 'group'
  readonly fields: readonly CatalogField[]
  readonly default: GroupDefault
}

/**
 * An element holding repeated `<item>` elements (PicList, ResultList). With `inline`, there is no
 * wrapper: each item is an element named after the field itself, repeated in place next to its
 * siblings (PUBLISHJOBFINISH's `<article_detail><count>…<item>…<item>…`); no element is written
 * for an empty list.
 */
export interface ListField extends FieldBase {
  readonly kind: 'list'
  readonly fields: readonly CatalogField[]
  readonly default: ListDefault
  readonly inline?: boolean
}

export type CatalogField = ScalarField | GroupField | ListField

/** One push type: how WeChat identifies it and its body fields in real element order. */
export interface CatalogEntry {
  readonly id: CatalogTypeId
  readonly family: CatalogFamily
  readonly msgType: string
  /** The Event value, for MsgType `event`. */
  readonly event?: string
  /** Set when this type is told apart from a sibling with the same Event by its EventKey prefix. */
  readonly eventKeyPrefix?: string
  readonly spec: '§5' | '§6'
  /** The spec vector (under spec/vectors/) showing this type. */
  readonly sample: string
  readonly label: Bilingual
  readonly help: Bilingual
  /** Body fields after the common header, in the order real pushes carry them. */
  readonly fields: readonly CatalogField[]
}

/**
 * The values of a push's body fields, keyed by element name: a string for a text element, an
 * array of strings for a repeated text element, an object for a group, an array of objects for a
 * list. In buildPush input, a missing key means
 * "use the default" and `null` means "leave this optional element out"; parsePush reports an
 * absent element as `null`, so its output fed back to buildPush rebuilds the same push.
 */
export type PushValue = string | readonly string[] | PushValues | readonly PushValues[]
export interface PushValues {
  readonly [name: string]: PushValue | null | undefined
}
