/**
 * POST /__mpsim__/jssdk on every gateway (docs/phone-browser.md "JS-SDK"): the `wx` shim's calls.
 * `{kind:'config', appId, timestamp, nonceStr, signature, jsApiList, pageUrl}` gets wx.config's
 * verdict; `{kind:'call', api, args, pageUrl}` another wx.* API's answer. Each is a 'page'
 * Exchange with purpose 'jssdk'; the answer is `{ok, errMsg, exchangeId, result?}`. Only the
 * gateways' own pages may call it (Origin checked), so no other site writes into the log.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { z } from 'zod'
import { readBody } from './body-read'
import type { GatewayContext } from './gateway-context'
import type { Gateway } from './gateway-registry'
import { gatewayAddress, realAddress } from './addresses'
import { JSSDK_PATH } from './own-paths'
import { publishPage } from './record-page'
import { rawHeaderList } from '../runtime/node-http'
import type { JssdkCallFact, JssdkConfigFact } from '../../shared/model/exchange'

/** A wx.config or a call's arguments: small JSON. */
const JSSDK_BODY_LIMIT = 256 * 1024

const text = (max: number) => z.union([z.string().max(max), z.number()]).transform(String)

const ConfigCall = z.object({
  kind: z.literal('config'),
  appId: text(128),
  timestamp: text(64),
  nonceStr: text(256),
  signature: text(256),
  jsApiList: z.array(z.string().max(128)).max(500).optional(),
  pageUrl: z.string().max(8192),
  /** What the frame's location.href read (the gateway address in browser mode). */
  frameUrl: z.string().max(8192).optional(),
})

const ApiCall = z.object({
  kind: z.literal('call'),
  api: z.string().min(1).max(128),
  args: z.unknown().optional(),
  pageUrl: z.string().max(8192),
  /** What the shim found before calling (API not in jsApiList, config not done). */
  permission: z.enum(['granted', 'not-in-list', 'not-configured']).optional(),
})

const JssdkBody = z.discriminatedUnion('kind', [ConfigCall, ApiCall])

function sendJson(res: ServerResponse, status: number, value: unknown): Buffer {
  const body = Buffer.from(JSON.stringify(value), 'utf8')
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': body.length,
    'Cache-Control': 'no-store',
  })
  res.end(body)
  return body
}

/** The gateway address of a real page address, when a gateway carries it. */
function frameUrlOf(g: GatewayContext, pageUrl: string): string {
  if (!URL.canParse(pageUrl)) return pageUrl
  const url = new URL(pageUrl)
  const gateway = g.gateways().find((gw) => gw.realOrigin === url.origin)
  return gateway ? gatewayAddress(gateway.origin, url) : pageUrl
}

export async function jssdkRoute(
  g: GatewayContext,
  self: Gateway,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const origin = req.headers.origin
  if (origin === undefined || !g.gateways().some((gw) => gw.origin === origin)) {
    req.resume()
    sendJson(res, 403, { ok: false, errMsg: 'forbidden: only pages in the phone browser may call' })
    return
  }
  if (req.method !== 'POST') {
    req.resume()
    sendJson(res, 405, { ok: false, errMsg: 'use POST' })
    return
  }
  const jssdk = g.jssdk
  if (!jssdk) {
    req.resume()
    sendJson(res, 501, { ok: false, errMsg: 'the JS-SDK is not available in this build' })
    return
  }
  const read = await readBody(req, JSSDK_BODY_LIMIT)
  if (!read.ok) {
    res.setHeader('Connection', 'close')
    sendJson(res, 413, { ok: false, errMsg: `body too large: ${read.message}` })
    return
  }
  let parsed: z.infer<typeof JssdkBody>
  try {
    parsed = JssdkBody.parse(JSON.parse(read.body.toString('utf8')))
  } catch {
    sendJson(res, 400, { ok: false, errMsg: 'not a JS-SDK call mpsim understands' })
    return
  }
  // A page without the bridge that reads its address in script sends the gateway's: WeChat
  // would check the real one, and the gateway address is then the one the page could have signed.
  const gatewaySent = realAddress(g.gateways(), parsed.pageUrl) !== parsed.pageUrl
  if (gatewaySent) {
    parsed = {
      ...parsed,
      pageUrl: realAddress(g.gateways(), parsed.pageUrl),
      ...(parsed.kind === 'config' ? { frameUrl: parsed.frameUrl ?? parsed.pageUrl } : {}),
    }
  }
  const startedAt = Date.now()
  const started = performance.now()
  const simTime = g.ctx.clock.nowSeconds()
  const walk = g.walks.current()
  let answer: { ok: boolean; errMsg: string; result?: unknown }
  let accountId: string | undefined
  let facts: { jssdkConfig?: JssdkConfigFact; jssdkCall?: JssdkCallFact }
  let title: string
  if (parsed.kind === 'config') {
    const fact = jssdk.config({
      pageUrl: parsed.pageUrl,
      frameUrl: parsed.frameUrl ?? frameUrlOf(g, parsed.pageUrl),
      appId: parsed.appId,
      timestamp: parsed.timestamp,
      nonceStr: parsed.nonceStr,
      signature: parsed.signature,
      jsApiList: parsed.jsApiList ?? [],
    })
    accountId = g.ctx.directory.accountByAppId(parsed.appId)?.id
    answer = { ok: fact.ok, errMsg: fact.errMsg }
    facts = { jssdkConfig: fact }
    title = 'wx.config'
  } else {
    const fact = jssdk.call({
      api: parsed.api,
      args: parsed.args,
      pageUrl: parsed.pageUrl,
      ...(parsed.permission === undefined ? {} : { permission: parsed.permission }),
      accountId: walk?.accountId ?? g.ctx.directory.listAccounts()[0]?.id ?? '',
      ...(walk?.openid === undefined ? {} : { openid: walk.openid }),
    })
    const { result } = fact
    const said = (result as { errMsg?: unknown } | null | undefined)?.errMsg
    answer = {
      ok: fact.ok,
      errMsg: typeof said === 'string' ? said : `${parsed.api}:${fact.ok ? 'ok' : 'fail'}`,
      result,
    }
    facts = { jssdkCall: { api: fact.api, args: fact.args, answer: fact.answer, ok: fact.ok } }
    title = `wx.${parsed.api}`
  }
  const exchangeId = g.ctx.newExchangeId()
  const sent = sendJson(res, 200, { ...answer, exchangeId })
  publishPage(g.ctx, {
    id: exchangeId,
    startedAt,
    simTime,
    durationMs: Math.round((performance.now() - started) * 10) / 10,
    walk,
    ...(accountId === undefined ? {} : { accountId }),
    title,
    request: {
      method: 'POST',
      url: `${self.origin}${JSSDK_PATH}`,
      headers: rawHeaderList(req),
      body: read.body,
    },
    response: {
      status: 200,
      headers: [['Content-Type', 'application/json; charset=utf-8']],
      body: sent,
    },
    analysis: {
      url: parsed.pageUrl,
      routedTo: self.route.routedTo,
      purpose: 'jssdk',
      ...facts,
    },
  })
}
