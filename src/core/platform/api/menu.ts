/**
 * The custom menu (protocol.md §10.5): POST /cgi-bin/menu/create (checked by menu-rules.ts, replaces the
 * whole menu), GET /cgi-bin/menu/get ({"menu":{"button":[…]}}, leaf buttons with
 * "sub_button":[]; 46003 when there is none), GET /cgi-bin/menu/delete (always ok). Once the account
 * has personalised menus (audience/conditional-menu.ts), menu/get adds the default menu's `menuid`
 * and `conditionalmenu: [{button, matchrule, menuid}]`, numbers as in the doc sample [doc], and
 * menu/delete removes them too [doc]. The store announces each change on the bus.
 */
import { RouteTable } from '../http/route-table'
import type { Response } from 'express'
import type { PlatformContext } from '../../context/platform-context'
import { noteAnalysis, noteWarnings } from './analysis'
import { authenticate } from './auth'
import { readJsonBody } from './json-body'
import { checkMenu } from './menu-rules'
import type { PlatformOptions } from './options'
import { withinQuota } from './quota'
import { OK_BODY, answerError, answerOk } from './reply'
import { apiRoute } from './route'
import type { MatchRule } from '../state/menu-conditional'

export function menuRouter(ctx: PlatformContext, options: PlatformOptions): RouteTable {
  const router = new RouteTable()
  const { tokens, quotas, menus } = options.state

  apiRoute(ctx, router, 'POST', '/cgi-bin/menu/create', (req, res) => {
    const account = authenticate(ctx, tokens, req, res)
    if (!account) return
    const body = readJsonBody(ctx, req, res)
    if (!body) return
    if (!withinQuota(ctx, quotas, account, 'menu/create', res)) return
    const check = checkMenu(body)
    if (!check.ok) {
      noteAnalysis(res, { problem: check.problem, at: check.at })
      answerError(ctx, res, check.errcode)
      return
    }
    noteWarnings(res, check.warnings)
    menus.set(account.id, check.menu)
    answerOnceStored(account.id, res)
  })

  apiRoute(ctx, router, 'GET', '/cgi-bin/menu/get', (req, res) => {
    const account = authenticate(ctx, tokens, req, res)
    if (!account) return
    if (!withinQuota(ctx, quotas, account, 'menu/get', res)) return
    const menu = menus.get(account.id)
    if (!menu) {
      answerError(ctx, res, 46003)
      return
    }
    const conditional = menus.conditional.list(account.id)
    if (conditional.length === 0) {
      answerOk(res, { menu })
      return
    }
    answerOk(res, {
      menu: { ...menu, menuid: menus.conditional.defaultMenuId(account.id) },
      conditionalmenu: conditional.map((c) => ({
        button: c.button,
        matchrule: numericRule(c.matchrule),
        menuid: c.menuid,
      })),
    })
  })

  apiRoute(ctx, router, 'GET', '/cgi-bin/menu/delete', (req, res) => {
    const account = authenticate(ctx, tokens, req, res)
    if (!account) return
    if (!withinQuota(ctx, quotas, account, 'menu/delete', res)) return
    menus.delete(account.id)
    const hadConditional = menus.conditional.clear(account.id)
    answerOnceStored(account.id, res, hadConditional)
  })

  return router

  function answerOnceStored(accountId: string, res: Response, conditionalToo = false): void {
    const persist = options.persistMenu
    const conditional = conditionalToo ? menus.conditional.save(accountId) : Promise.resolve()
    if (!persist && !conditionalToo) {
      answerOk(res, OK_BODY)
      return
    }
    Promise.all([persist?.(accountId), conditional]).then(
      () => answerOk(res, OK_BODY),
      (error: unknown) => {
        noteAnalysis(res, { problem: 'menu-not-stored', reason: String(error) })
        answerError(ctx, res, -1)
      },
    )
  }
}

/** menu/get shows rule values as numbers, as the doc sample does [doc]. */
function numericRule(rule: MatchRule): Record<string, number> {
  const out: Record<string, number> = {}
  if (rule.tag_id !== undefined) out.tag_id = Number(rule.tag_id)
  if (rule.client_platform_type !== undefined) {
    out.client_platform_type = Number(rule.client_platform_type)
  }
  return out
}
