/**
 * What every gateway is given by the phone browser (phone-browser.ts): the platform context for
 * recording, the walk, the upstream client, the JS-SDK service, and the gateway set itself —
 * routing an address and opening the gateway that carries it.
 */
import type { PlatformContext } from '../context/platform-context'
import type { Gateway } from './gateway-registry'
import type { JssdkService } from '../jssdk'
import type { Route, Routing } from './routing'
import type { Upstream } from './upstream'
import type { Walks } from './walks'

export interface GatewayContext {
  readonly ctx: PlatformContext
  readonly walks: Walks
  readonly upstream: Upstream
  readonly jssdk: JssdkService | undefined
  readonly appOrigins: () => readonly string[]
  route(url: URL): Routing
  /** @throws GatewayLimitError, GatewaysClosedError */
  open(route: Route, makeRoom?: boolean): Promise<Gateway>
  /** The open gateways, as gateway origin and real origin. */
  gateways(): readonly { readonly origin: string; readonly realOrigin: string }[]
  realOriginOf(gatewayOrigin: string): string | undefined
}
