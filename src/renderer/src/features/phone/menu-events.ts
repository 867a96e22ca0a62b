/**
 * What tapping a custom-menu button sends (protocol.md §6 menu events): the button's type picks the
 * event, its key or url becomes EventKey; group values (ScanCodeInfo, SendPicsInfo) are left to
 * the catalogue's realistic defaults. The picture and location pickers then also send the photo or
 * place as an ordinary message, as WeChat does (protocol.md §6 table: "also arrive as ordinary …").
 */
import type { PushValues } from '../../../../shared/model/catalog-types'

export interface PushSpec {
  readonly typeId: string
  readonly values: PushValues
}

/** A place the user picks: the location picker's answer and the + panel's location. */
export interface Place {
  readonly lat: string
  readonly lng: string
  readonly scale: string
  readonly label: string
}
export interface MenuButton {
  readonly type?: string
  readonly name: string
  readonly key?: string
  readonly url?: string
  /** miniprogram buttons: the page opened (its event's EventKey). */
  readonly pagepath?: string
  readonly sub_button?: readonly MenuButton[] | { readonly list?: readonly MenuButton[] }
}

const EVENT_OF: Readonly<Record<string, string>> = {
  click: 'event.CLICK',
  view: 'event.VIEW',
  scancode_push: 'event.scancode_push',
  scancode_waitmsg: 'event.scancode_waitmsg',
  pic_sysphoto: 'event.pic_sysphoto',
  pic_photo_or_album: 'event.pic_photo_or_album',
  pic_weixin: 'event.pic_weixin',
  location_select: 'event.location_select',
  miniprogram: 'event.view_miniprogram',
}

export function subButtons(button: MenuButton): readonly MenuButton[] {
  const sub = button.sub_button
  if (!sub) return []
  return Array.isArray(sub) ? sub : ((sub as { list?: readonly MenuButton[] }).list ?? [])
}

/**
 * The push a tap sends, or undefined for buttons WeChat sends no event for (media_id, article_id).
 * With a place, the location picker reports it (otherwise the catalogue's default place).
 */
export function menuPush(button: MenuButton, place?: Place): PushSpec | undefined {
  const typeId = button.type ? EVENT_OF[button.type] : undefined
  if (!typeId) return undefined
  const eventKey =
    button.type === 'view'
      ? button.url
      : button.type === 'miniprogram'
        ? button.pagepath
        : button.key
  const values: Record<string, PushValues[string]> =
    eventKey === undefined ? {} : { EventKey: eventKey }
  if (button.type === 'location_select' && place) {
    values['SendLocationInfo'] = {
      Location_X: place.lat,
      Location_Y: place.lng,
      Scale: place.scale,
      Label: place.label,
      Poiname: '',
    }
  }
  return { typeId, values }
}

/** The ordinary message that follows a picker's event: the photo taken, the place chosen. */
export function menuFollowUp(button: MenuButton, place: Place): PushSpec | undefined {
  if (button.type === 'location_select')
    return { typeId: 'location', values: locationValues(place) }
  if (button.type?.startsWith('pic_')) return { typeId: 'image', values: {} }
  return undefined
}

/** A location message's fields (protocol.md §5: Location_X is the latitude). */
export function locationValues(place: Place): PushValues {
  return {
    Location_X: place.lat,
    Location_Y: place.lng,
    Scale: place.scale,
    Label: place.label,
  }
}

/** Where the simulated phone is (shared with the phone browser's wx.getLocation). */
export { PHONE_SPOT } from '../../../../shared/model/phone-place'
