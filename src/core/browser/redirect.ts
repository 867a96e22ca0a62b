/**
 * A redirect on its way to the phone (docs/phone-browser.md "What the gateway changes",
 * "Quirks"): the Location read against the real address, `nsukey` added where WeChat's browser
 * adds it, a code from the mock remembered for the repeated-callback quirk, and the address the
 * browser gets — the target's gateway.
 */
import { randomAlnum } from '../runtime/random'
import { carriedAddress } from './addresses'
import type { GatewayContext } from './gateway-context'
import type { Gateway } from './gateway-registry'
import { withNsukey } from './quirks'

export interface Redirect {
  /** What the browser's Location says: a gateway address. */
  readonly location: string
  /** The real target, as the Exchange records it. */
  readonly redirectTo: string
  readonly notes: readonly string[]
}

export async function followRedirect(
  g: GatewayContext,
  self: Gateway,
  hop: { readonly url: URL; readonly status: number; readonly navigation: boolean },
  rawLocation: string,
): Promise<Redirect | undefined> {
  if (!URL.canParse(rawLocation, hop.url.href)) return undefined
  const next = new URL(rawLocation, hop.url)
  let redirectTo = next.href
  const notes: string[] = []
  if (self.route.routedTo === 'site' && hop.navigation) {
    const marked = withNsukey(hop.url, hop.status, next, randomAlnum(g.ctx.random, 24))
    if (marked !== undefined) {
      redirectTo = marked
      notes.push('nsukey-added')
    }
  }
  if (self.route.routedTo === 'platform' && next.searchParams.has('code')) {
    g.walks.codeIssued(redirectTo)
  }
  return { location: await carriedAddress(g, self, new URL(redirectTo)), redirectTo, notes }
}
