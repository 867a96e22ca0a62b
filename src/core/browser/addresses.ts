/**
 * Real addresses and gateway addresses (docs/phone-browser.md "Gateways"): a gateway for real
 * origin R at G serves R's path P at G + P, so the mapping is the origin swapped, path, query and
 * fragment kept as they were.
 */
import type { GatewayContext } from './gateway-context'
import type { Gateway } from './gateway-registry'
import { goAddress } from './own-paths'

/** @example gatewayAddress('http://127.0.0.1:40001', new URL('https://open.weixin.qq.com/a?b#c')) // 'http://127.0.0.1:40001/a?b#c' */
export function gatewayAddress(gatewayOrigin: string, real: URL): string {
  return `${gatewayOrigin}${real.pathname}${real.search}${real.hash}`
}

/**
 * The real address of a gateway address (what a page's script sees in `location.href`), or the
 * address unchanged when no gateway has that origin. A page without the bridge that reads its
 * own address in script hands mpsim the gateway's; WeChat would check the real one.
 * @example realAddress([{ origin: 'http://127.0.0.1:40001', realOrigin: 'http://bot.test' }], 'http://127.0.0.1:40001/p?q') // 'http://bot.test/p?q'
 */
export function realAddress(
  gateways: readonly { readonly origin: string; readonly realOrigin: string }[],
  address: string,
): string {
  if (!URL.canParse(address)) return address
  const url = new URL(address)
  const gateway = gateways.find((gw) => gw.origin === url.origin)
  return gateway ? `${gateway.realOrigin}${url.pathname}${url.search}${url.hash}` : address
}

/**
 * Where the browser should go for a real address a page or a redirect named: its gateway (opened
 * when needed); the address itself for another scheme (weixin://, tel:), which the browser handles
 * or refuses on its own; the current gateway's `go` for an address that must be refused, so the
 * user sees the refusal page rather than a broken frame.
 */
export async function carriedAddress(g: GatewayContext, self: Gateway, real: URL): Promise<string> {
  const routing = g.route(real)
  if (!routing.ok)
    return routing.reason === 'scheme' ? real.href : goAddress(self.origin, real.href)
  try {
    return gatewayAddress((await g.open(routing)).origin, real)
  } catch {
    return goAddress(self.origin, real.href)
  }
}
