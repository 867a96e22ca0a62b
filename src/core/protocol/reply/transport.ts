/**
 * HTTP-level facts of the answer (protocol.md §7.1): the status (200 expected; anything else is treated as
 * "no valid reply", WeChat's exact behaviour being [unconfirmed]) and the Content-Type, which WeChat
 * does not check — worth a note only, because Django's default `text/html` works (protocol.md §0 #3).
 */
import type { ReplyProblem } from '../../../shared/model/reply-problem-codes'
import { classifyBody, htmlHint } from './body-kind'
import type { ResponseFacts } from './input'
import { problem } from './problems'
import type { Detail } from './problems'

/** The Content-Types SDKs commonly send for XML (EasyWeChat `application/xml`, protocol.md §13). */
const XML_TYPES = new Set(['text/xml', 'application/xml'])

/** Notes on the Content-Type of a body that claims to be a reply (not for empty/`success`). */
export function checkContentType(response: ResponseFacts): ReplyProblem[] {
  const header = response.contentType?.trim() ?? ''
  // node-webot/wechat sends none and works (protocol.md §7.1): a note, like any non-XML type.
  if (header === '') return [problem('content-type-unusual', { got: '' })]
  const [type = '', ...params] = header.split(';').map((s) => s.trim())
  const problems: ReplyProblem[] = []
  if (!XML_TYPES.has(type.toLowerCase())) {
    problems.push(problem('content-type-unusual', { got: header }))
  }
  const charset = params
    .map((p) => /^charset\s*=\s*"?([^";]+)"?$/i.exec(p)?.[1])
    .find((c) => c !== undefined)
  if (charset && !/^utf-?8$/i.test(charset)) {
    // The body must be UTF-8 (protocol.md §7.1 "Encoding"); a GBK reply turns Chinese into mojibake.
    problems.push(problem('content-type-charset-not-utf8', { got: charset, expected: 'utf-8' }))
  }
  return problems
}

/** The status problem for a non-2xx answer, with a framework hint when one is recognisable. */
export function checkStatus(response: ResponseFacts): ReplyProblem | undefined {
  const status = response.status ?? 200
  if (status >= 200 && status < 300) return undefined
  const detail: Detail = { status, bodyKind: classifyBody(response.body).kind }
  const hint = statusHint(status, response.body)
  if (hint) detail.hint = hint
  return problem('http-status-not-ok', detail)
}

function statusHint(status: number, body: string): string | undefined {
  const fromPage = htmlHint(body)
  if (fromPage) return fromPage
  // Django REST framework answers 415 when its XML parser only accepts application/xml and WeChat
  // sends text/xml — the seed journey's bug (seed-journey.txt).
  if (status === 415) return 'unsupported-media-type'
  if (status === 405) return 'method-not-allowed'
  if (status === 404) return 'not-found'
  if (status >= 500) return 'server-error'
  return undefined
}
