/**
 * What tapping a custom-menu button sends (spec §6 menu events): the button's type picks the
 * event, its key or url becomes EventKey; group values (ScanCodeInfo, SendPicsInfo,
 * SendLocationInfo) are left to the catalogue's realistic defaults.
 */
export interface MenuButton {
  readonly type?: string
  readonly name: string
  readonly key?: string
  readonly url?: string
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
  view_miniprogram: 'event.view_miniprogram',
}

export function subButtons(button: MenuButton): readonly MenuButton[] {
  const sub = button.sub_button
  if (!sub) return []
  return Array.isArray(sub) ? sub : ((sub as { list?: readonly MenuButton[] }).list ?? [])
}

/** The push a tap sends, or undefined for buttons WeChat sends no event for (media_id, article_id). */
export function menuPush(
  button: MenuButton,
): { typeId: string; values: Record<string, string> } | undefined {
  const typeId = button.type ? EVENT_OF[button.type] : undefined
  if (!typeId) return undefined
  const eventKey =
    button.type === 'view' || button.type === 'view_miniprogram' ? button.url : button.key
  return { typeId, values: eventKey === undefined ? {} : { EventKey: eventKey } }
}
