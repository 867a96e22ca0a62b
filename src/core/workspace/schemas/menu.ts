/**
 * menus/<accountId>.json: an account's custom menu (shared/model/menu.ts, protocol.md §10.5) as the
 * platform keeps it, inside a versioned envelope.
 */
import { z } from 'zod'
import { menuSchema } from '../../../shared/model/menu'
import type { Menu } from '../../../shared/model/menu'
import { versionSchema } from './settings'

export { menuSchema }

/** The same record as the platform's menu state: one type, no conversion between them. */
export type StoredMenu = Menu

export const menuFileSchema = z.strictObject({
  version: versionSchema,
  menu: menuSchema,
})
