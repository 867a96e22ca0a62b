/**
 * A bot's JSON client for the audience tests, written the way SDKs call WeChat: the token in the
 * `?access_token=` query, JSON bodies with Content-Type application/json, answers parsed as JSON.
 * Only the server comes from the platform test helper.
 */
import { ACCOUNT } from './context'

export interface BotClient {
  get(path: string): Promise<Record<string, unknown>>
  post(path: string, body: unknown): Promise<Record<string, unknown>>
}

export async function botClient(baseUrl: string): Promise<BotClient> {
  const tokenUrl = new URL('/cgi-bin/token', baseUrl)
  tokenUrl.search = new URLSearchParams({
    grant_type: 'client_credential',
    appid: ACCOUNT.appId,
    secret: ACCOUNT.appSecret,
  }).toString()
  const tokenBody = (await (await fetch(tokenUrl)).json()) as { access_token?: string }
  const token = tokenBody.access_token
  if (!token) throw new Error('no access_token')
  const url = (path: string) => `${baseUrl}${path}?access_token=${encodeURIComponent(token)}`
  return {
    get: async (path) => (await (await fetch(url(path))).json()) as Record<string, unknown>,
    post: async (path, body) =>
      (await (
        await fetch(url(path), {
          method: 'POST',
          headers: { 'Content-Type': 'application/json; charset=utf-8' },
          body: JSON.stringify(body),
        })
      ).json()) as Record<string, unknown>,
  }
}
