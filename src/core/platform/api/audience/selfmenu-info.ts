/**
 * GET /cgi-bin/get_current_selfmenu_info (docs/api-audience.md; WeChat's 查询自定义菜单 [doc]):
 * {"is_menu_open":1,"selfmenu_info":{"button":[…]}}. Its shape differs from menu/get: a parent
 * button holds `sub_button: {list: […]}` and leaves have no sub_button [doc]. A menu set through
 * the API is shown with its development fields (key, url, appid/pagepath) [doc]; media_id,
 * view_limited and article_id buttons carry their id as `value`, as the doc's website-menu
 * entries do [unconfirmed for API menus]. No menu: {"is_menu_open":0} [unconfirmed].
 * Personalised menus are not part of this answer.
 */
import { RouteTable } from '../../http/route-table'
import type { PlatformContext } from '../../../context/platform-context'
import { authenticate } from '../auth'
import type { PlatformOptions } from '../options'
import { answerOk } from '../reply'
import { apiRoute } from '../route'
import type { MenuButton } from '../../state/menus'

export function selfmenuInfoRouter(ctx: PlatformContext, options: PlatformOptions): RouteTable {
  const router = new RouteTable()
  const { tokens, menus } = options.state
  apiRoute(ctx, router, 'GET', '/cgi-bin/get_current_selfmenu_info', (req, res) => {
    const account = authenticate(ctx, tokens, req, res)
    if (!account) return
    const menu = menus.get(account.id)
    if (!menu) {
      answerOk(res, { is_menu_open: 0 })
      return
    }
    answerOk(res, { is_menu_open: 1, selfmenu_info: { button: menu.button.map(selfmenuButton) } })
  })
  return router
}

export function selfmenuButton(button: MenuButton): Record<string, unknown> {
  if (button.type === undefined) {
    return { name: button.name, sub_button: { list: button.sub_button.map(selfmenuButton) } }
  }
  const out: Record<string, unknown> = { type: button.type, name: button.name }
  if (button.key !== undefined) out.key = button.key
  if (button.url !== undefined) out.url = button.url
  if (button.appid !== undefined) out.appid = button.appid
  if (button.pagepath !== undefined) out.pagepath = button.pagepath
  const value = button.media_id ?? button.article_id
  if (value !== undefined) out.value = value
  return out
}
