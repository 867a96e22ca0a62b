/**
 * Customer-service messages (客服消息, protocol.md §10.3): `POST /cgi-bin/message/custom/send`. Unlike a
 * passive reply, this can be sent any time within 48 hours of the user's last message, so it is
 * how a bot answers work that takes longer than WeChat's 5-second deadline.
 *
 * When the token turns out to be invalid, superseded or expired (40001, 40014, 42001), the bot
 * fetches a new one and retries exactly once, as wechatpy does — retrying forever would hammer
 * the token quota if the real problem is, say, a wrong AppSecret.
 */
import type { AccessTokenCache } from './access-token'
import { TOKEN_REFRESH_ERRCODES } from './api-errors'
import { callJson, ensureOk, errcodeOf } from './http-json'

export interface CustomSendDeps {
  readonly platformBaseUrl: string
  readonly tokens: AccessTokenCache
}

const API = '/cgi-bin/message/custom/send'

export async function sendCustomText(
  deps: CustomSendDeps,
  openid: string,
  content: string,
  signal: AbortSignal,
): Promise<void> {
  const body = { touser: openid, msgtype: 'text', text: { content } }
  const send = (token: string) =>
    callJson({ api: API, base: deps.platformBaseUrl, query: { access_token: token }, signal }, body)
  const token = await deps.tokens.get(signal)
  let answer = await send(token)
  if (TOKEN_REFRESH_ERRCODES.has(errcodeOf(answer))) {
    deps.tokens.invalidate(token)
    answer = await send(await deps.tokens.get(signal))
  }
  ensureOk(answer, API)
}
