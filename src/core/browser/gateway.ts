/**
 * One gateway's request handler (docs/phone-browser.md "Gateways"): loopback Host only (against
 * DNS rebinding), its own /__mpsim__/ paths, the JS-SDK file on res.wx.qq.com, and everything
 * else carried to the site. Nothing here throws to Node: a failure is an error page.
 */
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http'
import { hostNameOf, isLoopbackName } from '../runtime/host-guard'
import { sendErrorPage } from './error-page'
import { forward } from './forward'
import type { GatewayContext } from './gateway-context'
import type { Gateway } from './gateway-registry'
import { jssdkRoute } from './jssdk-route'
import { BRIDGE_PATH, GO_PATH, JSSDK_PATH, OWN_PREFIX } from './own-paths'
import { bridgeRoute, goRoute, jssdkScriptRoute } from './own-routes'
import type { Route } from './routing'
import { isJssdkScript } from './wechat-hosts'

async function handle(
  g: GatewayContext,
  self: Gateway,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  if (!isLoopbackName(hostNameOf(req.headers.host ?? ''))) {
    req.resume()
    sendErrorPage(res, 'host', { close: true })
    return
  }
  const target = req.url ?? '/'
  if (!target.startsWith('/')) {
    // An absolute-form target (a proxy request): the gateway is no proxy.
    req.resume()
    sendErrorPage(res, 'bad-address', { detail: target.slice(0, 200), close: true })
    return
  }
  const path = target.split('?')[0] ?? '/'
  if (path.startsWith(OWN_PREFIX)) {
    if (path === BRIDGE_PATH) {
      req.resume()
      bridgeRoute(g, self, res)
    } else if (path === GO_PATH) await goRoute(g, self, req, res)
    else if (path === JSSDK_PATH) await jssdkRoute(g, self, req, res)
    else {
      req.resume()
      sendErrorPage(res, 'unknown-path', { detail: path })
    }
    return
  }
  const host = self.route.wechatHost
  if (host !== undefined && g.jssdk && isJssdkScript(host, path)) {
    req.resume()
    jssdkScriptRoute(g.jssdk.script(), res)
    return
  }
  await forward(g, self, req, res)
}

export function gatewayHandler(g: GatewayContext, route: Route): RequestListener {
  return (req, res) => {
    // The gateway's own origin is where this request arrived: always 127.0.0.1 and this port.
    const self: Gateway = { route, origin: `http://127.0.0.1:${req.socket.localPort ?? 0}` }
    handle(g, self, req, res).catch((error: unknown) => {
      const message = error instanceof Error ? error.message : String(error)
      if (res.headersSent) res.destroy()
      else sendErrorPage(res, 'unreachable', { detail: message, close: true })
    })
  }
}
