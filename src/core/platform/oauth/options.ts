/**
 * What the OAuth router is built with besides the PlatformContext.
 */
import type { OauthState } from './oauth-state'

export interface OauthRouterOptions {
  /**
   * Approve snsapi_userinfo without showing the consent page, as the user on the phone (what a
   * follower who opens the link from the account's chat sees in real WeChat, protocol.md §9.3).
   * @default false
   */
  readonly autoConsent?: boolean
  /**
   * Which simulated user is "on the phone" for an account: an openid. When it returns undefined,
   * or an openid that is not a user of that account, the account's first user stands in.
   */
  readonly currentUser: (accountId: string) => string | undefined
  /**
   * Codes, tokens and pending consent pages; pass one in to inspect or share them.
   * @default a fresh createOauthState(ctx)
   */
  readonly state?: OauthState
}
