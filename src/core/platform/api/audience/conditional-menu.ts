/**
 * Personalised menus (docs/api-audience.md; WeChat's 个性化菜单接口 [doc]):
 *   POST menu/addconditional {button, matchrule} → {"menuid":"208396901"} (a string, as the doc
 *        sample). The buttons follow menu/create's rules (menu-rules.ts, same errcodes). 65303 when
 *        there is no default menu [doc]; 65304 an empty or missing matchrule; 65320 a rule naming
 *        sex, country, province, city or language (withdrawn for privacy) [doc]; 45159 a tag_id
 *        that is not a tag of the account and 40097 a client_platform_type other than 1/2/3
 *        [unconfirmed]; 65316 when all personalised menus together link to more than 3 domains
 *        [doc]; 65305 past 100 personalised menus [unconfirmed count].
 *   POST menu/delconditional {menuid} → ok; 65301 unknown id [doc code].
 *   POST menu/trymatch {user_id} → {button:[…]}: what that user sees [doc]; user_id must be an
 *        openid of the account here (mpsim users have no WeChat ID), else 65302 [doc code];
 *        46003 when there is no menu.
 * Daily quotas 2000 / 2000 / 20,000 [doc]. `group_id` (the retired groups) is ignored.
 */
import { RouteTable } from '../../http/route-table'
import type { Response } from 'express'
import type { PlatformContext } from '../../../context/platform-context'
import { noteAnalysis, noteWarnings } from '../analysis'
import { authenticate } from '../auth'
import { isObject, str } from '../fields'
import { readJsonBody } from '../json-body'
import { checkMenu } from '../menu-rules'
import type { PlatformOptions } from '../options'
import { withinQuota } from '../quota'
import { OK_BODY, answerError, answerOk } from '../reply'
import { apiRoute } from '../route'
import { SIMULATED_CLIENT_PLATFORM } from '../../state/menu-conditional'
import type { MatchRule } from '../../state/menu-conditional'
import type { MenuButton } from '../../state/menus'
import { answerWhenSaved, readTagId } from './common'

export const CONDITIONAL_MENU_MAX = 100
export const LINK_DOMAIN_MAX = 3
const PRIVACY_FIELDS = ['sex', 'country', 'province', 'city', 'language'] as const

type RuleCheck = { ok: true; rule: MatchRule } | { ok: false; errcode: number; problem: string }

export function conditionalMenuRouter(ctx: PlatformContext, options: PlatformOptions): RouteTable {
  const router = new RouteTable()
  const { tokens, quotas, menus, audience } = options.state

  apiRoute(ctx, router, 'POST', '/cgi-bin/menu/addconditional', (req, res) => {
    const account = authenticate(ctx, tokens, req, res)
    if (!account) return
    const body = readJsonBody(ctx, req, res)
    if (!body) return
    if (!withinQuota(ctx, quotas, account, 'menu/addconditional', res)) return
    if (!menus.get(account.id)) {
      answerError(ctx, res, 65303)
      return
    }
    const rule = readRule(body.matchrule, (id) => audience.tag(account.id, id) !== undefined)
    if (!rule.ok) {
      noteAnalysis(res, { problem: rule.problem, at: 'matchrule' })
      answerError(ctx, res, rule.errcode)
      return
    }
    const check = checkMenu(body)
    if (!check.ok) {
      noteAnalysis(res, { problem: check.problem, at: check.at })
      answerError(ctx, res, check.errcode)
      return
    }
    noteWarnings(res, check.warnings)
    const existing = menus.conditional.list(account.id)
    if (existing.length >= CONDITIONAL_MENU_MAX) {
      answerError(ctx, res, 65305)
      return
    }
    const domains = new Set([...existing, check.menu].flatMap((m) => linkDomains(m.button)))
    if (domains.size > LINK_DOMAIN_MAX) {
      noteAnalysis(res, { problem: 'too-many-link-domains', reason: [...domains].join(',') })
      answerError(ctx, res, 65316)
      return
    }
    const added = menus.conditional.add(account.id, check.menu, rule.rule)
    answerSavedAndAnnounce(account.id, res, { menuid: String(added.menuid) })
  })

  apiRoute(ctx, router, 'POST', '/cgi-bin/menu/delconditional', (req, res) => {
    const account = authenticate(ctx, tokens, req, res)
    if (!account) return
    const body = readJsonBody(ctx, req, res)
    if (!body) return
    if (!withinQuota(ctx, quotas, account, 'menu/delconditional', res)) return
    const menuid = readTagId(body.menuid)
    if (menuid === undefined || !menus.conditional.remove(account.id, menuid)) {
      answerError(ctx, res, 65301)
      return
    }
    answerSavedAndAnnounce(account.id, res, OK_BODY)
  })

  apiRoute(ctx, router, 'POST', '/cgi-bin/menu/trymatch', (req, res) => {
    const account = authenticate(ctx, tokens, req, res)
    if (!account) return
    const body = readJsonBody(ctx, req, res)
    if (!body) return
    if (!withinQuota(ctx, quotas, account, 'menu/trymatch', res)) return
    const userId = str(body, 'user_id') ?? ''
    const user = ctx.directory.user(userId)
    if (!user || user.accountId !== account.id) {
      answerError(ctx, res, 65302)
      return
    }
    const menu = menus.menuFor(account.id, {
      tagIds: user.tagIds,
      clientPlatform: SIMULATED_CLIENT_PLATFORM,
    })
    if (!menu) {
      answerError(ctx, res, 46003)
      return
    }
    answerOk(res, { button: menu.button })
  })

  return router

  function answerSavedAndAnnounce(accountId: string, res: Response, body: unknown): void {
    const saved = menus.conditional.save(accountId).then(() => menus.changed(accountId))
    answerWhenSaved(ctx, res, saved, body)
  }
}

/** The rule as stored: the fields that still count, as strings (the doc sends "2"). */
export function readRule(raw: unknown, tagExists: (id: number) => boolean): RuleCheck {
  if (!isObject(raw)) return { ok: false, errcode: 65304, problem: 'matchrule-missing' }
  const privacy = PRIVACY_FIELDS.filter((f) => present(raw[f]))
  if (privacy.length > 0) {
    return { ok: false, errcode: 65320, problem: `privacy-fields:${privacy.join(',')}` }
  }
  const rule: { tag_id?: string; client_platform_type?: string } = {}
  if (present(raw.tag_id)) {
    const id = readTagId(raw.tag_id)
    if (id === undefined || !tagExists(id)) {
      return { ok: false, errcode: 45159, problem: 'unknown-tag-id' }
    }
    rule.tag_id = String(id)
  }
  if (present(raw.client_platform_type)) {
    const platform = String(raw.client_platform_type)
    if (!['1', '2', '3'].includes(platform)) {
      return { ok: false, errcode: 40097, problem: 'client-platform-type' }
    }
    rule.client_platform_type = platform
  }
  if (rule.tag_id === undefined && rule.client_platform_type === undefined) {
    return { ok: false, errcode: 65304, problem: 'matchrule-empty' }
  }
  return { ok: true, rule }
}

/** "" and null count as "not set", as SDKs often send every field. */
function present(value: unknown): boolean {
  return value !== undefined && value !== null && value !== ''
}

function linkDomains(buttons: readonly MenuButton[]): string[] {
  return buttons.flatMap((b) => {
    const own = b.url ? [hostOf(b.url)] : []
    return [...own, ...linkDomains(b.sub_button)].filter((h): h is string => h !== undefined)
  })
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname
  } catch {
    return undefined
  }
}
