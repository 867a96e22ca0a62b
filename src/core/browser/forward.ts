/**
 * A request the gateway carries to the site (or to the mock for a WeChat host), and the answer it
 * hands back to the phone (docs/phone-browser.md "Gateways", "Recording", "Quirks"):
 * 1. the body is read whole (bounded) and the headers made WeChat's (request-headers.ts);
 * 2. a callback marked by the repeated-callback quirk is sent once more first, its answer
 *    recorded and dropped;
 * 3. the answer: a redirect's Location is followed to its gateway (with `nsukey` added where
 *    WeChat's browser adds it), an HTML page gets the bridge, the frame-blocking headers go;
 * 4. page loads, form posts and script requests become a 'page' Exchange; static subresources
 *    that are not HTML stream straight through, unrecorded.
 */
import { randomBytes } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { HeaderList, NetworkError } from '../../shared/model/exchange'
import { AUTHORIZE_PATH } from '../protocol/oauth/url-shape'
import { readBody, REQUEST_BODY_LIMIT, RESPONSE_BODY_LIMIT } from './body-read'
import { cookiePrefix } from './cookies'
import { sendErrorPage } from './error-page'
import type { GatewayContext } from './gateway-context'
import type { Gateway } from './gateway-registry'
import { isHtml } from './html-page'
import { BRIDGE_PATH, JSSDK_PATH } from './own-paths'
import { rewritePage } from './page-rewrite'
import { publishPage } from './record-page'
import { followRedirect } from './redirect'
import { requestPurpose } from './request-purpose'
import type { RecordedPurpose } from './request-purpose'
import { upstreamHeaders } from './request-headers'
import { browserHeaders } from './response-headers'
import { rawHeaderList } from '../runtime/node-http'

interface Carried {
  readonly g: GatewayContext
  readonly self: Gateway
  readonly req: IncomingMessage
  readonly realUrl: URL
  readonly upstreamUrl: URL
  readonly purpose: RecordedPurpose | undefined
  readonly headers: HeaderList
  readonly body: Buffer
}

function headerOf(req: IncomingMessage): (name: string) => string | undefined {
  return (name) => {
    const value = req.headers[name]
    return Array.isArray(value) ? value.join(', ') : value
  }
}

/** The browser's header list as node's writeHead takes it: name, value, name, value… */
function flat(headers: HeaderList): string[] {
  return headers.flatMap(([name, value]) => [name, value])
}

export async function forward(
  g: GatewayContext,
  self: Gateway,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const target = req.url ?? '/'
  const realUrl = new URL(`${self.route.realOrigin}${target}`)
  const upstreamUrl = new URL(`${self.route.upstream}${target}`)
  const read = await readBody(req, REQUEST_BODY_LIMIT)
  if (!read.ok) {
    sendErrorPage(res, 'request-too-large', { close: true, detail: read.message })
    return
  }
  const sentBody =
    req.headers['content-length'] !== undefined || req.headers['transfer-encoding'] !== undefined
  const carried: Carried = {
    g,
    self,
    req,
    realUrl,
    upstreamUrl,
    purpose: requestPurpose({ method: req.method ?? 'GET', header: headerOf(req) }),
    headers: upstreamHeaders(req.rawHeaders, {
      host: upstreamUrl.host,
      cookiePrefix: cookiePrefix(self.route.realOrigin),
      realOriginOf: (origin) => {
        // A request from the site's own pages keeps naming the server it reaches (the mock checks
        // a consent form's Origin against its own Host); other gateways become their real origins.
        const real = g.realOriginOf(origin)
        return real === self.route.realOrigin ? self.route.upstream : real
      },
      bodyLength: sentBody ? read.body.length : undefined,
    }),
    body: read.body,
  }
  const navigation = carried.purpose === 'navigate'
  if (navigation && self.route.routedTo === 'platform' && realUrl.pathname === AUTHORIZE_PATH) {
    g.walks.authorizeOpened(realUrl)
  }
  if (navigation && g.walks.takeRepeat(realUrl.href)) {
    // WeChat's browser asks for the callback twice; the page shown is the second answer.
    await carry(carried, undefined, ['callback-repeated-first'])
    await carry(carried, res, ['callback-repeated-second'])
    return
  }
  await carry(carried, res, [])
}

/** One round trip to the upstream; answers the browser when `res` is given. */
async function carry(c: Carried, res: ServerResponse | undefined, notes: string[]): Promise<void> {
  const { g, self, req, realUrl } = c
  const startedAt = Date.now()
  const started = performance.now()
  const simTime = g.ctx.clock.nowSeconds()
  const method = req.method ?? 'GET'
  const answer = await g.upstream.send({
    url: c.upstreamUrl,
    method,
    headers: c.headers,
    body: c.body,
  })
  const record = (
    outcome:
      | { error: NetworkError }
      | { status: number; headers: HeaderList; body: Buffer; redirectTo?: string; title?: string },
    extraNotes: readonly string[] = [],
  ): void => {
    if (c.purpose === undefined) return
    const allNotes = [...notes, ...extraNotes]
    publishPage(g.ctx, {
      startedAt,
      simTime,
      durationMs: Math.round((performance.now() - started) * 10) / 10,
      walk: g.walks.current(),
      title: `${realUrl.host}${realUrl.pathname}`,
      request: { method, url: realUrl.href, headers: c.headers, body: c.body },
      ...('error' in outcome
        ? { error: outcome.error }
        : {
            response: { status: outcome.status, headers: outcome.headers, body: outcome.body },
          }),
      analysis: {
        url: realUrl.href,
        routedTo: self.route.routedTo,
        ...(self.route.wechatHost === undefined ? {} : { wechatHost: self.route.wechatHost }),
        purpose: c.purpose,
        ...('redirectTo' in outcome && outcome.redirectTo !== undefined
          ? { redirectTo: outcome.redirectTo }
          : {}),
        ...('title' in outcome && outcome.title !== undefined ? { title: outcome.title } : {}),
        ...(allNotes.length > 0 ? { notes: allNotes } : {}),
      },
    })
  }
  if (!answer.ok) {
    record({ error: answer.error })
    if (res)
      sendErrorPage(res, 'unreachable', { detail: `${realUrl.origin}: ${answer.error.message}` })
    return
  }
  const response = answer.response
  const status = response.statusCode ?? 502
  const siteHeaders = rawHeaderList(response)
  const contentType = response.headers['content-type']
  const page = isHtml(contentType) && method !== 'HEAD'
  const csp = { ...cspContext(self), gateways: g.gateways() }
  if (res && !page && c.purpose === undefined && response.headers.location === undefined) {
    // A stylesheet, an image, a font: straight through, as the site sent it.
    const length = response.headers['content-length']
    const out = browserHeaders(siteHeaders, {
      location: undefined,
      cookiePrefix: cookiePrefix(self.route.realOrigin),
      csp,
      decoded: false,
      bodyLength: length === undefined ? undefined : Number(length),
    })
    res.writeHead(status, response.statusMessage, flat(out.headers))
    response.pipe(res)
    response.on('error', () => res.destroy())
    // The frame went away mid-file: stop reading the site too.
    res.on('close', () => {
      if (!response.complete) response.destroy()
    })
    return
  }
  const whole = await readBody(response, RESPONSE_BODY_LIMIT)
  if (!whole.ok) {
    response.destroy()
    record({ error: { code: 'too-large', message: whole.message } })
    if (res) sendErrorPage(res, 'response-too-large', { detail: whole.message })
    return
  }
  const siteBody = whole.body
  const rawLocation = response.headers.location
  const redirect =
    rawLocation === undefined
      ? undefined
      : await followRedirect(
          g,
          self,
          { url: realUrl, status, navigation: c.purpose === 'navigate' },
          rawLocation,
        )
  const rewritten = page
    ? await rewritePage(g, self, {
        body: siteBody,
        contentType,
        contentEncoding: response.headers['content-encoding'],
        csp: siteHeaders
          .filter(([n]) => n.toLowerCase() === 'content-security-policy')
          .map(([, v]) => v),
        nonce: csp.nonce,
      })
    : undefined
  const body = rewritten?.body ?? siteBody
  const location = redirect?.location
  const redirectTo = redirect?.redirectTo
  const title = rewritten?.title
  const decoded = rewritten?.decoded ?? false
  const extra = [...(redirect?.notes ?? []), ...(rewritten?.notes ?? [])]
  const out = browserHeaders(siteHeaders, {
    location,
    cookiePrefix: cookiePrefix(self.route.realOrigin),
    // The page's own rewrite may have opened gateways its CSP must now admit.
    csp: { ...csp, gateways: g.gateways() },
    decoded,
    // No length on a body-less status; a HEAD answer keeps none (the site's was for a GET).
    bodyLength: method === 'HEAD' || status === 204 || status === 304 ? undefined : body.length,
  })
  if (res) {
    res.writeHead(status, response.statusMessage, flat(out.headers))
    res.end(method === 'HEAD' ? undefined : body)
  }
  record(
    {
      status,
      headers: siteHeaders,
      body: siteBody,
      ...(redirectTo === undefined ? {} : { redirectTo }),
      ...(title === undefined ? {} : { title }),
    },
    [...extra, ...out.notes],
  )
}

function cspContext(self: Gateway): { bridgeUrl: string; jssdkUrl: string; nonce: string } {
  return {
    bridgeUrl: `${self.origin}${BRIDGE_PATH}`,
    jssdkUrl: `${self.origin}${JSSDK_PATH}`,
    nonce: randomBytes(12).toString('base64url'),
  }
}
