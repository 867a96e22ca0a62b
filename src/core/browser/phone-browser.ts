/**
 * The phone browser (docs/phone-browser.md): WeChat's in-app browser inside the app's phone
 * frame. Pages are served by gateways — loopback listeners of the core, one per real origin —
 * so they never run on the app's origin nor see the control token, while relative links, forms,
 * fetch and cookies work as on the real site. This facade starts walks (openPhoneBrowser), owns
 * the gateway set and closes it with the core.
 */
import type { PlatformContext } from '../context/platform-context'
import { listenLoopback } from '../runtime/listen'
import { gatewayAddress } from './addresses'
import type { GatewayContext } from './gateway-context'
import { gatewayHandler } from './gateway'
import { GatewayLimitError, GatewayRegistry } from './gateway-registry'
import type { JssdkService } from '../jssdk'
import { goAddress } from './own-paths'
import { routeAddress } from './routing'
import type { RouteRefusal } from './routing'
import type { PhoneBrowser } from './types'
import { createUpstream } from './upstream'
import { Walks } from './walks'

export interface PhoneBrowserDeps {
  readonly ctx: PlatformContext
  /** The mock platform's base URL: the upstream of every WeChat host. */
  readonly platformUrl: string
  /** The app's origins (127.0.0.1 and localhost forms): the gateways refuse to carry them. */
  readonly appOrigins: () => readonly string[]
  /** The JS-SDK service; without it jweixin is forwarded like any file and wx calls get 501. */
  readonly jssdk?: JssdkService
  /** Gateways open at once. @default DEFAULT_GATEWAY_LIMIT */
  readonly gatewayLimit?: number
}

/** Why an address cannot be opened in the phone browser (the handler words it). */
export class PhoneBrowserRefusal extends Error {
  readonly code: RouteRefusal | 'limit'
  constructor(code: RouteRefusal | 'limit', message: string) {
    super(message)
    this.name = 'PhoneBrowserRefusal'
    this.code = code
  }
}

const REFUSALS: Record<RouteRefusal, string> = {
  scheme: 'the phone browser opens http:// and https:// addresses only',
  app: "this is mpsim's own address (the app and its control API): pages in the phone never run there",
  gateway: "this is one of the phone browser's gateways: open the page's real address instead",
}

export interface RunningPhoneBrowser extends PhoneBrowser {
  /** The open gateways (the Electron shell lets the phone frame navigate to these). */
  gatewayOrigins(): string[]
  /**
   * The `go` address that carries `url` into the phone browser, on any open gateway; undefined
   * before the first walk. The Electron shell sends the frame's requests for WeChat hosts there.
   */
  goAddressFor(url: string): string | undefined
}

export function createPhoneBrowser(deps: PhoneBrowserDeps): RunningPhoneBrowser {
  const { ctx } = deps
  const platformOrigin = new URL(deps.platformUrl).origin
  const walks = new Walks(ctx.random)
  const upstream = createUpstream()
  const registry: GatewayRegistry = new GatewayRegistry({
    ...(deps.gatewayLimit === undefined ? {} : { limit: deps.gatewayLimit }),
    listen: (route) => {
      const handler = gatewayHandler(g, route)
      return listenLoopback((req, res) => {
        registry.touch(route.realOrigin)
        handler(req, res)
      }, 0)
    },
  })
  const g: GatewayContext = {
    ctx,
    walks,
    upstream,
    jssdk: deps.jssdk,
    appOrigins: deps.appOrigins,
    route: (url) =>
      routeAddress(url, {
        platformOrigin,
        appOrigins: deps.appOrigins(),
        gatewayOrigins: registry.list().map((gw) => gw.origin),
      }),
    open: (route, makeRoom) => registry.open(route, makeRoom),
    gateways: () => registry.list(),
    realOriginOf: (origin) => registry.byOrigin(origin)?.route.realOrigin,
  }

  return {
    async open(request) {
      const routing = g.route(request.url)
      if (!routing.ok) throw new PhoneBrowserRefusal(routing.reason, REFUSALS[routing.reason])
      let gateway
      try {
        // The user asked for this address: room is made by closing the least used gateway.
        gateway = await registry.open(routing, true)
      } catch (error) {
        if (error instanceof GatewayLimitError)
          throw new PhoneBrowserRefusal('limit', error.message)
        throw error
      }
      const walk = walks.start({
        accountId: request.accountId,
        openid: request.openid,
        quirks: request.quirks,
      })
      return {
        frameUrl: gatewayAddress(gateway.origin, request.url),
        url: request.url.href,
        routedTo: routing.routedTo,
        walkId: walk.id,
      }
    },
    gatewayOrigins: () => registry.list().map((gw) => gw.origin),
    goAddressFor: (url) => {
      const any = registry.list()[0]
      return any === undefined ? undefined : goAddress(any.origin, url)
    },
    async stop() {
      await registry.closeAll()
      upstream.close()
    },
  }
}
