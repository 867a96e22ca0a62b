/**
 * An account's custom menu (protocol.md §10.5) as the platform keeps it and `/cgi-bin/menu/get` echoes
 * it: known fields only, `sub_button` always present. The platform state, menus/<id>.json and the
 * control API's getMenu all hold this one record.
 */
import { z } from 'zod'

export interface MenuButton {
  readonly type?: string
  readonly name: string
  readonly key?: string
  readonly url?: string
  readonly media_id?: string
  readonly appid?: string
  readonly pagepath?: string
  readonly article_id?: string
  readonly sub_button: readonly MenuButton[]
}

export interface Menu {
  readonly button: readonly MenuButton[]
}

/**
 * Read tolerantly: files written by older versions may hold a button without `sub_button` or
 * with fields this version does not know (they are dropped). The button rules themselves
 * (counts, byte lengths, types → 40016/40018…) belong to the platform's menu route, which refuses
 * a bad menu before it is ever stored.
 */
export const menuButtonSchema: z.ZodType<MenuButton> = z.lazy(() =>
  z.object({
    type: z.string().optional(),
    name: z.string(),
    key: z.string().optional(),
    url: z.string().optional(),
    media_id: z.string().optional(),
    appid: z.string().optional(),
    pagepath: z.string().optional(),
    article_id: z.string().optional(),
    sub_button: z.array(menuButtonSchema).default([]),
  }),
)

export const menuSchema: z.ZodType<Menu> = z.object({ button: z.array(menuButtonSchema) })
