/**
 * The stepper's "play the bot" authorize URL (protocol.md §9.1): exactly buildAuthorizeUrl's layout
 * when every switch is on, and the classic mistakes when a teacher switches one off, so the
 * protocol's checks (checkAuthorizeUrl) can be watched reacting to each.
 *
 * buildAuthorizeUrl takes a valid scope only; here the scope is whatever was typed (a wrong one is
 * one of the things to check), so the query is laid out the same way by hand. The integration
 * test compares the two when every switch is on.
 */
import { DEFAULT_AUTHORIZE_BASE } from '../../protocol/oauth/authorize-url'
import { AUTHORIZE_PATH } from '../../protocol/oauth/url-shape'
import type { AuthorizeParts } from '../../../shared/control/oauth-schemas'

export interface ComposedAuthorizeUrl {
  readonly url: string
  /** redirect_uri as typed, and as it sits in the query (encoded unless switched off). */
  readonly redirectUri: { readonly plain: string; readonly encoded: string }
}

export function composeAuthorizeUrl(
  parts: AuthorizeParts,
  base = DEFAULT_AUTHORIZE_BASE,
): ComposedAuthorizeUrl {
  const encoded = encodeURIComponent(parts.redirectUri)
  const inQuery = parts.encodeRedirectUri === false ? parts.redirectUri : encoded
  const query = [
    `appid=${encodeURIComponent(parts.appid)}`,
    `redirect_uri=${inQuery}`,
    'response_type=code',
    `scope=${encodeURIComponent(parts.scope)}`,
    `state=${encodeURIComponent(parts.state)}`,
    // [wire] WeChat's client appends it; a bot may send it too, to stop the repeated callback.
    ...(parts.connectRedirect === true ? ['connect_redirect=1'] : []),
  ].join('&')
  const fragment = parts.wechatRedirect === false ? '' : '#wechat_redirect'
  return {
    url: `${base.replace(/\/+$/, '')}${AUTHORIZE_PATH}?${query}${fragment}`,
    redirectUri: { plain: parts.redirectUri, encoded },
  }
}
