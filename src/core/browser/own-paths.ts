/**
 * The paths every gateway answers itself and never forwards (docs/phone-browser.md "Gateway
 * paths"). One prefix, unlikely on a real site, so a page's own paths are never shadowed.
 */
export const OWN_PREFIX = '/__mpsim__/'
/** The bridge script injected first in every HTML page. */
export const BRIDGE_PATH = '/__mpsim__/bridge.js'
/** `go?url=<absolute>`: sends the frame to the gateway of any address (307 keeps a POST). */
export const GO_PATH = '/__mpsim__/go'
/** The JS-SDK shim's calls (POST JSON). */
export const JSSDK_PATH = '/__mpsim__/jssdk'

/**
 * The `go` address on a gateway for a real address.
 * @example goAddress('http://127.0.0.1:40001', 'https://open.weixin.qq.com/x#y')
 * // 'http://127.0.0.1:40001/__mpsim__/go?url=https%3A%2F%2Fopen.weixin.qq.com%2Fx%23y'
 */
export function goAddress(gatewayOrigin: string, realUrl: string): string {
  return `${gatewayOrigin}${GO_PATH}?url=${encodeURIComponent(realUrl)}`
}
