/**
 * What the OAuth endpoints keep between calls: codes, token grants and pending consent pages,
 * all on the platform's simulated clock.
 */
import type { PlatformContext } from '../../context/platform-context'
import { AuthCodeStore } from './code-store'
import { ConsentStore } from './consent-store'
import { SnsGrantStore } from './grant-store'

export interface OauthState {
  readonly codes: AuthCodeStore
  readonly grants: SnsGrantStore
  readonly consents: ConsentStore
}

export function createOauthState(ctx: Pick<PlatformContext, 'clock' | 'random'>): OauthState {
  return {
    codes: new AuthCodeStore(ctx.clock, ctx.random),
    grants: new SnsGrantStore(ctx.clock, ctx.random),
    consents: new ConsentStore(ctx.clock),
  }
}
