/**
 * The checks /cgi-bin/menu/create applies (protocol.md §10.5, §13), and the menu as menu/get echoes it.
 * Codes and their meanings come from WeChat's global return-code table [doc]:
 * 40016 top-level count (1–3), 40017 top-level type, 40018 top-level name size (≤16 bytes),
 * 40019 key size (≤128 bytes), 40020 url size (≤1024 bytes), 40022 sub-menu level (a sub_button
 * holding sub_buttons), 40023 sub-button count (1–5), 40024–40027 the same for sub-buttons,
 * 40054/40055 url domain. A missing key/url counts as a size of 0, as WeChat answered 40027 to a
 * view button whose url was put in pagepath [wire]. Using 40055/40054 for a url without an
 * http(s) scheme, 40007 for a missing media_id and 40097 for a missing appid, pagepath or
 * article_id is our reading [unconfirmed].
 * Where the docs disagree (sub-button name 40 vs 60 bytes, url 256 vs 1024) the larger is
 * accepted and going over the smaller is a warning (protocol.md §13).
 */
import { arr, filled, isObject, str, utf8Bytes } from './fields'
import type { JsonObject } from './json-body'
import type { Menu, MenuButton } from '../state/menus'

export const MENU_TYPES = [
  'click',
  'view',
  'scancode_push',
  'scancode_waitmsg',
  'pic_sysphoto',
  'pic_photo_or_album',
  'pic_weixin',
  'location_select',
  'media_id',
  'article_id',
  'article_view_limited',
  'miniprogram',
  'view_limited',
] as const

/** Types that carry a `key` pushed back in the click/scan/photo/location event. */
const KEY_TYPES: ReadonlySet<string> = new Set([
  'click',
  'scancode_push',
  'scancode_waitmsg',
  'pic_sysphoto',
  'pic_photo_or_album',
  'pic_weixin',
  'location_select',
])

export type MenuCheck =
  | { readonly ok: true; readonly menu: Menu; readonly warnings: readonly string[] }
  | { readonly ok: false; readonly errcode: number; readonly problem: string; readonly at: string }

/** Codes for a top-level leaf vs a sub-button. */
const CODES = {
  top: { type: 40017, name: 40018, key: 40019, url: 40020, domain: 40055, nameMax: 16 },
  sub: { type: 40024, name: 40025, key: 40026, url: 40027, domain: 40054, nameMax: 60 },
} as const

/**
 * Thrown inside the recursive walk only, and turned into a MenuCheck at the top: callers get data.
 */
class MenuProblem extends Error {
  readonly errcode: number
  readonly problem: string
  readonly at: string

  constructor(errcode: number, problem: string, at: string) {
    super(problem)
    this.errcode = errcode
    this.problem = problem
    this.at = at
  }
}

export function checkMenu(body: JsonObject): MenuCheck {
  const warnings: string[] = []
  try {
    const buttons = arr(body, 'button')
    if (!buttons) throw new MenuProblem(47001, 'button-not-array', 'button')
    if (buttons.length < 1 || buttons.length > 3) {
      throw new MenuProblem(40016, 'button-count', 'button')
    }
    const menu = { button: buttons.map((b, i) => topButton(b, `button[${i}]`, warnings)) }
    return { ok: true, menu, warnings }
  } catch (error) {
    if (error instanceof MenuProblem) {
      return { ok: false, errcode: error.errcode, problem: error.problem, at: error.at }
    }
    throw error
  }
}

function topButton(raw: unknown, at: string, warnings: string[]): MenuButton {
  if (!isObject(raw)) throw new MenuProblem(47001, 'button-not-object', at)
  const subs = arr(raw, 'sub_button')
  const isParent = subs !== undefined && (subs.length > 0 || raw.type === undefined)
  if (!isParent) return leaf(raw, at, 'top', warnings)
  checkName(raw, at, 'top', warnings)
  if (subs.length < 1 || subs.length > 5) {
    throw new MenuProblem(40023, 'sub-button-count', `${at}.sub_button`)
  }
  return {
    name: str(raw, 'name') ?? '',
    sub_button: subs.map((s, j) => subButton(s, `${at}.sub_button[${j}]`, warnings)),
  }
}

function subButton(raw: unknown, at: string, warnings: string[]): MenuButton {
  if (!isObject(raw)) throw new MenuProblem(47001, 'button-not-object', at)
  const nested = arr(raw, 'sub_button')
  if (nested && nested.length > 0) throw new MenuProblem(40022, 'sub-menu-level', at)
  return leaf(raw, at, 'sub', warnings)
}

function checkName(raw: JsonObject, at: string, level: 'top' | 'sub', warnings: string[]): void {
  const bytes = utf8Bytes(str(raw, 'name') ?? '')
  if (bytes < 1 || bytes > CODES[level].nameMax) {
    throw new MenuProblem(CODES[level].name, 'name-size', `${at}.name`)
  }
  if (level === 'sub' && bytes > 40) warnings.push(`sub-name-over-40-bytes:${at}`)
}

function leaf(raw: JsonObject, at: string, level: 'top' | 'sub', warnings: string[]): MenuButton {
  const codes = CODES[level]
  const type = str(raw, 'type')
  if (!type || !(MENU_TYPES as readonly string[]).includes(type)) {
    throw new MenuProblem(codes.type, 'button-type', `${at}.type`)
  }
  checkName(raw, at, level, warnings)
  // Only the fields the type uses are kept, in WeChat's order, then `sub_button: []` [sdk].
  const fields: Record<string, string> = {}
  if (KEY_TYPES.has(type)) fields.key = sized(raw, 'key', 128, codes.key, at)
  if (type === 'view' || type === 'miniprogram') {
    const url = sized(raw, 'url', 1024, codes.url, at)
    if (!/^https?:\/\//i.test(url)) throw new MenuProblem(codes.domain, 'url-scheme', `${at}.url`)
    if (utf8Bytes(url) > 256) warnings.push(`url-over-256-bytes:${at}`)
    fields.url = url
  }
  if (type === 'miniprogram') {
    fields.appid = required(raw, 'appid', 40097, at)
    fields.pagepath = required(raw, 'pagepath', 40097, at)
  }
  if (type === 'media_id' || type === 'view_limited') {
    fields.media_id = required(raw, 'media_id', 40007, at)
  }
  if (type === 'article_id' || type === 'article_view_limited') {
    fields.article_id = required(raw, 'article_id', 40097, at)
  }
  return { type, name: str(raw, 'name') ?? '', ...fields, sub_button: [] }
}

function sized(raw: JsonObject, field: string, max: number, errcode: number, at: string): string {
  const value = str(raw, field) ?? ''
  const bytes = utf8Bytes(value)
  if (bytes < 1 || bytes > max) throw new MenuProblem(errcode, `${field}-size`, `${at}.${field}`)
  return value
}

function required(raw: JsonObject, field: string, errcode: number, at: string): string {
  const value = filled(raw, field)
  if (value === undefined) throw new MenuProblem(errcode, `missing-${field}`, `${at}.${field}`)
  return value
}
