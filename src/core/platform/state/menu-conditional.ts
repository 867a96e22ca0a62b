/**
 * Personalised (conditional) menus per account (docs/api-audience.md), in
 * `<workspace>/conditional-menus/<account>.json`. Matching, newest first, on the rule's tag (the
 * user's LAST tag only, when a user carries several) and client platform [doc]. The simulated
 * phone is neither iOS nor Android, so it counts as "Others" (3) — a rule for iOS (1) or Android
 * (2) never matches it (our choice, said in docs/api-audience.md).
 */
import { z } from 'zod'
import type { Menu, MenuButton } from '../../../shared/model/menu'
import { menuButtonSchema } from '../../../shared/model/menu'
import { AccountFiles } from './audience-file'

/** client_platform_type of the simulated phone: IOS(1), Android(2), Others(3) [doc]. */
export const SIMULATED_CLIENT_PLATFORM = 3

/** The rule fields still honoured; sex/country/province/city/language are refused (65320) [doc]. */
export interface MatchRule {
  readonly tag_id?: string
  readonly client_platform_type?: string
}

export interface ConditionalMenu {
  readonly menuid: number
  readonly button: readonly MenuButton[]
  readonly matchrule: MatchRule
}

/** Who is asking, as far as matching cares. */
export interface MenuViewer {
  /** In the order they were put on; WeChat matches the last one only [doc]. */
  readonly tagIds: readonly number[]
  readonly clientPlatform: number
}

/**
 * Menu ids look like the doc samples (208396938) and count up per account; they are numbers in
 * menu/get and a string in addconditional's answer, as in the doc samples [doc].
 */
const FIRST_MENU_ID = 208_396_900

const fileSchema = z.object({
  version: z.literal(1),
  nextMenuId: z.int(),
  defaultMenuId: z.int(),
  menus: z.array(
    z.object({
      menuid: z.int(),
      button: z.array(menuButtonSchema),
      matchrule: z.object({
        tag_id: z.string().optional(),
        client_platform_type: z.string().optional(),
      }),
    }),
  ),
})
type AccountMenus = z.infer<typeof fileSchema>

interface Entry {
  nextMenuId: number
  defaultMenuId: number
  menus: ConditionalMenu[]
}

export class ConditionalMenuStore {
  private readonly files: AccountFiles<AccountMenus>
  private readonly accounts = new Map<string, Entry>()

  constructor(dir: string | undefined) {
    this.files = new AccountFiles(dir, 'conditional-menus', fileSchema)
    for (const [id, data] of this.files.loadAll()) {
      this.accounts.set(id, {
        nextMenuId: data.nextMenuId,
        defaultMenuId: data.defaultMenuId,
        menus: data.menus.map(stripUndefined),
      })
    }
  }

  /** Oldest first, as menu/get lists them. */
  list(accountId: string): readonly ConditionalMenu[] {
    return [...(this.accounts.get(accountId)?.menus ?? [])]
  }

  /** The default menu's id menu/get shows once conditional menus exist. */
  defaultMenuId(accountId: string): number {
    return this.entry(accountId).defaultMenuId
  }

  add(accountId: string, menu: Menu, matchrule: MatchRule): ConditionalMenu {
    const entry = this.entry(accountId)
    const added = { menuid: entry.nextMenuId, button: menu.button, matchrule }
    entry.nextMenuId += 1
    entry.menus.push(added)
    return added
  }

  /** False when the account has no conditional menu with this id. */
  remove(accountId: string, menuid: number): boolean {
    const entry = this.entry(accountId)
    const before = entry.menus.length
    entry.menus = entry.menus.filter((m) => m.menuid !== menuid)
    return entry.menus.length !== before
  }

  /** menu/delete removes the conditional menus with the default one [doc]. */
  clear(accountId: string): boolean {
    const entry = this.entry(accountId)
    const had = entry.menus.length > 0
    entry.menus = []
    return had
  }

  /** The newest conditional menu whose rule fits the viewer, if any. */
  match(accountId: string, viewer: MenuViewer): ConditionalMenu | undefined {
    const menus = this.accounts.get(accountId)?.menus ?? []
    const lastTag = viewer.tagIds.at(-1)
    for (let i = menus.length - 1; i >= 0; i -= 1) {
      const menu = menus[i]
      if (menu === undefined) continue
      const rule = menu.matchrule
      if (rule.tag_id !== undefined && rule.tag_id !== String(lastTag)) continue
      const platform = rule.client_platform_type
      if (platform !== undefined && platform !== String(viewer.clientPlatform)) continue
      return menu
    }
    return undefined
  }

  save(accountId: string): Promise<void> {
    return this.files.save(accountId, () => {
      const entry = this.entry(accountId)
      return {
        version: 1 as const,
        nextMenuId: entry.nextMenuId,
        defaultMenuId: entry.defaultMenuId,
        menus: entry.menus.map((m) => ({ ...m, button: [...m.button] })),
      }
    })
  }

  flush(): Promise<void> {
    return this.files.flush()
  }

  private entry(accountId: string): Entry {
    let entry = this.accounts.get(accountId)
    if (!entry) {
      entry = { nextMenuId: FIRST_MENU_ID + 1, defaultMenuId: FIRST_MENU_ID, menus: [] }
      this.accounts.set(accountId, entry)
    }
    return entry
  }
}

function stripUndefined(menu: AccountMenus['menus'][number]): ConditionalMenu {
  const rule: { tag_id?: string; client_platform_type?: string } = {}
  if (menu.matchrule.tag_id !== undefined) rule.tag_id = menu.matchrule.tag_id
  if (menu.matchrule.client_platform_type !== undefined) {
    rule.client_platform_type = menu.matchrule.client_platform_type
  }
  return { menuid: menu.menuid, button: menu.button, matchrule: rule }
}
