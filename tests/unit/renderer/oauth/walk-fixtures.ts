/** Recorded hops of one phone-browser walk, as the gateway and the mock record them. */
import type {
  ApiExchange,
  OauthExchange,
  PageAnalysis,
  PageExchange,
  PlatformAnalysis,
} from '../../../../src/shared/model/exchange'

export const BOT = 'http://127.0.0.1:5176'
export const MOCK = 'http://127.0.0.1:5175'
export const WALK = 'walk-1'
const AUTHORIZE_QUERY =
  '?appid=wx0000000000000001&redirect_uri=http%3A%2F%2F127.0.0.1%3A5176%2Foauth%2Fcallback%2F' +
  '&response_type=code&scope=snsapi_userinfo&state=S1'
export const AUTHORIZE = `${MOCK}/connect/oauth2/authorize${AUTHORIZE_QUERY}`

let clock = 1_000_000

function attempt(method: string, url: string, status: number, body = '', at = (clock += 10)) {
  return {
    index: 1,
    startedAt: at,
    durationMs: 5,
    request: { method, url, headers: [], body: { text: '', bytes: 0 } },
    response: { status, headers: [], body: { text: body, bytes: body.length } },
  }
}

export function page(
  id: string,
  url: string,
  status: number,
  more: Partial<PageAnalysis> = {},
  method = 'GET',
): PageExchange {
  const a = attempt(method, url, status)
  return {
    id,
    kind: 'page',
    accountId: 'acc-1',
    openid: 'o-user',
    title: url,
    simTime: 1,
    attempts: [a],
    analysis: {
      url,
      routedTo: url.startsWith(MOCK) ? 'platform' : 'site',
      purpose: method === 'POST' ? 'form' : 'navigate',
      walkId: WALK,
      ...more,
    },
  }
}

/** The mock's own record of a page request (same path and query, same moment). */
export function record(of: PageExchange, analysis: PlatformAnalysis, errcode = 0): OauthExchange {
  const url = new URL(of.analysis.url)
  const first = of.attempts[0]
  return {
    id: `${of.id}-mock`,
    kind: 'oauth',
    accountId: 'acc-1',
    title: url.pathname,
    simTime: 1,
    errcode,
    attempts: [
      {
        ...attempt(
          first?.request.method ?? 'GET',
          `${url.pathname}${url.search}`,
          200,
          '',
          first?.startedAt,
        ),
      },
    ],
    analysis,
  }
}

export function api(id: string, pathAndQuery: string, answer: object, by = 'bot'): ApiExchange {
  const a = attempt('GET', pathAndQuery, 200, JSON.stringify(answer))
  const errcode = 'errcode' in answer ? (answer as { errcode: number }).errcode : 0
  return {
    id,
    kind: 'api',
    accountId: 'acc-1',
    title: pathAndQuery.split('?')[0] ?? '',
    simTime: 1,
    errcode,
    attempts: [
      by === 'you'
        ? {
            ...a,
            request: { ...a.request, headers: [['x-mpsim-stepper-call', 'c1'] as const] },
          }
        : a,
    ],
  }
}
