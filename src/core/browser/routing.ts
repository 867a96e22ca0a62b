/**
 * Where an address goes in the phone browser (docs/phone-browser.md "Routing"), as a pure
 * decision: a WeChat host to the mock platform, any other http(s) origin to itself, and three
 * refusals — other schemes, the app itself (the control API and the UI: a bot page must never run
 * there nor reach it through a gateway), and a gateway's own address (a gateway of a gateway
 * would loop).
 */
import { wechatHostOf } from './wechat-hosts'

export interface RoutingContext {
  /** The mock platform's origin, e.g. http://127.0.0.1:5175 */
  readonly platformOrigin: string
  /** The app's origins (the control API and the UI). */
  readonly appOrigins: readonly string[]
  /** The gateways' own origins. */
  readonly gatewayOrigins: readonly string[]
}

export interface Route {
  readonly ok: true
  /** The origin the phone's user sees, e.g. https://open.weixin.qq.com; one gateway each. */
  readonly realOrigin: string
  /** Where requests really go: the real origin, or the mock for a WeChat host. */
  readonly upstream: string
  readonly routedTo: 'site' | 'platform'
  readonly wechatHost?: string
}

export type RouteRefusal = 'scheme' | 'app' | 'gateway'

export type Routing = Route | { readonly ok: false; readonly reason: RouteRefusal }

/** Names that reach this machine: a page naming any of them reaches our own listeners. */
function isLoopbackHost(hostname: string): boolean {
  return (
    hostname === 'localhost' ||
    hostname.endsWith('.localhost') ||
    hostname === '[::1]' ||
    hostname === '0.0.0.0' ||
    /^127(\.\d{1,3}){3}$/.test(hostname)
  )
}

function portOf(url: URL): string {
  return url.port || (url.protocol === 'https:' ? '443' : '80')
}

/**
 * Whether `url` reaches one of `origins` (all on this machine): the same port on any loopback
 * name, since 127.0.0.1, localhost and 127.0.0.2 all land on the same listener.
 */
function reachesLocal(url: URL, origins: readonly string[]): boolean {
  if (!isLoopbackHost(url.hostname)) return false
  return origins.some((origin) => {
    if (!URL.canParse(origin)) return false
    const other = new URL(origin)
    return other.protocol === url.protocol && portOf(other) === portOf(url)
  })
}

/**
 * @example routeAddress(new URL('https://open.weixin.qq.com/connect/oauth2/authorize'), ctx)
 * // { ok: true, realOrigin: 'https://open.weixin.qq.com', upstream: ctx.platformOrigin,
 * //   routedTo: 'platform', wechatHost: 'open.weixin.qq.com' }
 */
export function routeAddress(url: URL, ctx: RoutingContext): Routing {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { ok: false, reason: 'scheme' }
  if (reachesLocal(url, ctx.appOrigins)) return { ok: false, reason: 'app' }
  if (reachesLocal(url, ctx.gatewayOrigins)) return { ok: false, reason: 'gateway' }
  const wechatHost = wechatHostOf(url)
  if (wechatHost !== undefined) {
    return {
      ok: true,
      realOrigin: `${url.protocol}//${wechatHost}${url.port ? `:${url.port}` : ''}`,
      upstream: ctx.platformOrigin,
      routedTo: 'platform',
      wechatHost,
    }
  }
  const platform = reachesLocal(url, [ctx.platformOrigin])
  return {
    ok: true,
    realOrigin: url.origin,
    upstream: url.origin,
    routedTo: platform ? 'platform' : 'site',
  }
}
