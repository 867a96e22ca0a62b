/**
 * The template-library APIs (docs/api-messaging.md "Templates", WeChat doc "模板消息接口" [doc]):
 * - GET  /cgi-bin/template/get_all_private_template → {template_list:[{template_id, title,
 *   primary_industry, deputy_industry, content, example}]} [doc];
 * - POST /cgi-bin/template/api_add_template {template_id_short} → {errcode, errmsg, template_id}
 *   [doc][sdk wechatpy template.py `get`]; 25 templates at most (45026 [wire]); a short id the
 *   library lacks answers 40037 [unconfirmed];
 * - POST /cgi-bin/template/del_private_template {template_id} → ok; unknown id 40037 [unconfirmed];
 * - GET  /cgi-bin/template/get_industry → {primary_industry:{first_class, second_class},
 *   secondary_industry:{…}} [doc];
 * - POST /cgi-bin/template/api_set_industry {industry_id1, industry_id2} (the doc's sample sends
 *   them as strings; numbers are accepted too) → ok, 40102 unknown id, 43100 twice in a month [doc].
 */
import { RouteTable } from '../../http/route-table'
import type { PlatformContext } from '../../../context/platform-context'
import { authenticate } from '../auth'
import { filled } from '../fields'
import type { JsonObject } from '../json-body'
import { readJsonBody } from '../json-body'
import type { PlatformOptions } from '../options'
import { OK_BODY, answerError, answerOk } from '../reply'
import { apiRoute } from '../route'
import { industryById } from '../../state/messaging-template-library'

/** A numeric id sent as a number or a string of digits; undefined otherwise. */
export function intField(body: JsonObject, key: string): number | undefined {
  const v = body[key]
  if (typeof v === 'number' && Number.isInteger(v)) return v
  if (typeof v === 'string' && /^\d{1,15}$/.test(v.trim())) return Number(v.trim())
  return undefined
}

function industryBody(id: number): { first_class: string; second_class: string } {
  const industry = industryById(id)
  return { first_class: industry?.firstClass ?? '', second_class: industry?.secondClass ?? '' }
}

export function templateLibraryRouter(ctx: PlatformContext, options: PlatformOptions): RouteTable {
  const router = new RouteTable()
  const { tokens } = options.state
  const book = options.state.messaging.templates

  apiRoute(ctx, router, 'GET', '/cgi-bin/template/get_all_private_template', (req, res) => {
    const account = authenticate(ctx, tokens, req, res)
    if (!account) return
    const template_list = book.list(account.id).map((t) => ({
      template_id: t.templateId,
      title: t.title,
      primary_industry: t.primaryIndustry,
      deputy_industry: t.deputyIndustry,
      content: t.content,
      example: t.example,
    }))
    answerOk(res, { template_list })
  })

  apiRoute(ctx, router, 'POST', '/cgi-bin/template/api_add_template', (req, res) => {
    const account = authenticate(ctx, tokens, req, res)
    if (!account) return
    const body = readJsonBody(ctx, req, res)
    if (!body) return
    const outcome = book.add(account.id, filled(body, 'template_id_short') ?? '')
    if (!outcome.ok) {
      answerError(ctx, res, outcome.errcode)
      return
    }
    const templateId = outcome.template.templateId
    void outcome.saved.then(() => answerOk(res, { ...OK_BODY, template_id: templateId }))
  })

  apiRoute(ctx, router, 'POST', '/cgi-bin/template/del_private_template', (req, res) => {
    const account = authenticate(ctx, tokens, req, res)
    if (!account) return
    const body = readJsonBody(ctx, req, res)
    if (!body) return
    const templateId = filled(body, 'template_id')
    if (templateId === undefined || !book.find(account.id, templateId)) {
      answerError(ctx, res, 40037)
      return
    }
    void book.remove(account.id, templateId).then(
      () => answerOk(res, OK_BODY),
      () => answerError(ctx, res, -1),
    )
  })

  apiRoute(ctx, router, 'GET', '/cgi-bin/template/get_industry', (req, res) => {
    const account = authenticate(ctx, tokens, req, res)
    if (!account) return
    const [first, second] = book.industries(account.id)
    answerOk(res, {
      primary_industry: industryBody(first),
      secondary_industry: industryBody(second),
    })
  })

  apiRoute(ctx, router, 'POST', '/cgi-bin/template/api_set_industry', (req, res) => {
    const account = authenticate(ctx, tokens, req, res)
    if (!account) return
    const body = readJsonBody(ctx, req, res)
    if (!body) return
    const id1 = intField(body, 'industry_id1')
    const id2 = intField(body, 'industry_id2')
    const outcome =
      id1 === undefined || id2 === undefined ? 40102 : book.setIndustries(account.id, id1, id2)
    if (typeof outcome === 'number') {
      answerError(ctx, res, outcome)
      return
    }
    void outcome.saved.then(() => answerOk(res, OK_BODY))
  })
  return router
}
