/**
 * snsapi_userinfo requests waiting on the consent page. The page's form carries only a one-time
 * token; everything that decides where the browser goes (redirect_uri, state, scope, account)
 * stays here, so a tampered form cannot redirect anywhere the authorize checks did not approve.
 *
 * The token is the form's CSRF defence, so it comes from the secure generator even when the
 * engine runs on a seeded Random: a seeded stream is predictable by design.
 */
import type { Clock } from '../../runtime/clock'
import { randomAlnum, secureRandom } from '../../runtime/random'
import type { OAuthScope } from '../../protocol/oauth/params'

/** Long enough to read the page; WeChat's own consent sheet has no documented limit. */
export const CONSENT_LIFETIME_MS = 10 * 60 * 1000
/** Oldest pending requests are dropped beyond this, so reloading a page cannot grow memory. */
const MAX_PENDING = 500

export interface PendingConsent {
  readonly accountId: string
  /** The redirect_uri that passed the domain check, as a browser reads it (AuthorizeRequest). */
  readonly redirectUri: string
  readonly scope: OAuthScope
  /** Echoed back on the callback ('' when the link had none). */
  readonly state: string
}

interface Entry extends PendingConsent {
  readonly createdAtMs: number
}

export class ConsentStore {
  private readonly pending = new Map<string, Entry>()
  private readonly clock: Clock

  constructor(clock: Clock) {
    this.clock = clock
  }

  /** Returns the one-time token the page's form posts back. */
  open(consent: PendingConsent): string {
    const token = randomAlnum(secureRandom, 32)
    this.pending.set(token, { ...consent, createdAtMs: this.clock.nowMs() })
    // Maps iterate in insertion order: the first key is the oldest.
    for (const key of this.pending.keys()) {
      if (this.pending.size <= MAX_PENDING) break
      this.pending.delete(key)
    }
    return token
  }

  /** The request behind `token`, removing it: a token answers one form post only. */
  take(token: string): PendingConsent | undefined {
    const entry = this.pending.get(token)
    if (!entry) return undefined
    this.pending.delete(token)
    if (this.clock.nowMs() - entry.createdAtMs >= CONSENT_LIFETIME_MS) return undefined
    const { accountId, redirectUri, scope, state } = entry
    return { accountId, redirectUri, scope, state }
  }
}
