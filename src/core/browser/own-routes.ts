/**
 * The gateway's own answers under /__mpsim__/ (docs/phone-browser.md "Gateway paths"), and the
 * JS-SDK file in place of res.wx.qq.com's jweixin.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { bridgeScript } from './bridge-script'
import { gatewayAddress } from './addresses'
import { sendErrorPage } from './error-page'
import type { GatewayContext } from './gateway-context'
import type { Gateway } from './gateway-registry'
import { GatewayLimitError } from './gateway-registry'

function sendScript(res: ServerResponse, source: string): void {
  const body = Buffer.from(source, 'utf8')
  res.writeHead(200, {
    'Content-Type': 'text/javascript; charset=utf-8',
    'Content-Length': body.length,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  })
  res.end(body)
}

/** GET /__mpsim__/bridge.js: the bridge with this gateway's facts. */
export function bridgeRoute(g: GatewayContext, self: Gateway, res: ServerResponse): void {
  sendScript(
    res,
    bridgeScript({
      realOrigin: self.route.realOrigin,
      appOrigins: g.appOrigins(),
      gateways: g.gateways(),
    }),
  )
}

/** res.wx.qq.com's jweixin-*.js: mpsim's `wx`, from the JS-SDK service. */
export function jssdkScriptRoute(script: string, res: ServerResponse): void {
  sendScript(res, script)
}

/**
 * GET or POST /__mpsim__/go?url=<absolute address>: a 307 to the address's gateway (307 so a
 * form's POST arrives with its body), or the page saying why not.
 */
export async function goRoute(
  g: GatewayContext,
  self: Gateway,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  // The body is the browser's to send again after the 307; this hop does not need it.
  req.resume()
  const query = new URL(req.url ?? '/', self.origin).searchParams.get('url') ?? ''
  if (!/^[a-z][a-z0-9+.-]*:/i.test(query) || !URL.canParse(query)) {
    sendErrorPage(res, 'bad-address', { detail: query })
    return
  }
  const real = new URL(query)
  const routing = g.route(real)
  if (!routing.ok) {
    sendErrorPage(res, routing.reason, { detail: real.href })
    return
  }
  try {
    const gateway = await g.open(routing)
    res.writeHead(307, {
      Location: gatewayAddress(gateway.origin, real),
      'Cache-Control': 'no-store',
      'Content-Length': 0,
    })
    res.end()
  } catch (error) {
    sendErrorPage(res, error instanceof GatewayLimitError ? 'limit' : 'closed', {
      detail: real.href,
    })
  }
}
