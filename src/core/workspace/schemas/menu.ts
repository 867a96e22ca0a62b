/**
 * menus/<accountId>.json: an account's custom menu, stored exactly as the bot sent it to
 * /cgi-bin/menu/create (spec §10.5), inside a versioned envelope. Only the outline is checked
 * here; the button rules (counts, byte lengths, types → 40016/40018...) belong to the platform's
 * menu route, which refuses a bad menu before it is ever stored.
 */
import { z } from 'zod'
import { versionSchema } from './settings'

/** The /cgi-bin/menu/create body: `{"button": [...]}`, each button kept with every field given. */
export const menuSchema = z.looseObject({
  button: z.array(z.looseObject({})),
})

export type StoredMenu = z.infer<typeof menuSchema>

export const menuFileSchema = z.strictObject({
  version: versionSchema,
  menu: menuSchema,
})
