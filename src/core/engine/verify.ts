/**
 * The URL-verification handshake (protocol.md §3): GET <bot>?signature&echostr&timestamp&nonce, in that
 * order, with WeChat's headers; then optionally the same with a forged signature, to tell the
 * developer whether their bot really checks signatures (EasyWeChat 6 does not, protocol.md §13).
 */
import type { Attempt } from '../../shared/model/exchange'
import { WECHAT_PUSH_TIMEOUT_MS } from '../../shared/model/exchange'
import type { VerifyVerdict } from '../../shared/model/verify-codes'
import { serverSignature } from '../protocol/server-signature'
import type { SignatureBreakdown } from '../protocol/server-signature'
import { randomDigits } from '../runtime/random'
import type { Random } from '../runtime/random'
import { sendAttempt } from './http-attempt'
import { WECHAT_PUSH_HEADERS } from './push-request'
import { judgeVerification } from './verify-judge'

export interface VerifyInput {
  readonly botUrl: string
  readonly token: string
  readonly now: () => number
  readonly random: Random
  readonly timeoutMs?: number
  /** Also send a request with a wrong signature and report whether the bot accepted it. */
  readonly probeForgedSignature?: boolean
}

export interface VerifyResult {
  readonly verdict: VerifyVerdict
  readonly attempts: readonly Attempt[]
  readonly signature: SignatureBreakdown
  readonly echostr: string
  /** The deadline in force for each request. */
  readonly timeoutMs: number
}

function verificationUrl(botUrl: string, params: readonly [string, string][]): string {
  const url = new URL(botUrl)
  const query = params.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')
  url.search = url.search ? `${url.search}&${query}` : `?${query}`
  return url.toString()
}

async function sendVerification(
  url: string,
  index: number,
  timeoutMs: number,
  signature: SignatureBreakdown,
): Promise<Attempt> {
  const attempt = await sendAttempt({
    index,
    method: 'GET',
    url,
    timeoutMs,
    headers: [
      ['Host', new URL(url).host],
      ['User-Agent', WECHAT_PUSH_HEADERS.userAgent],
      ['Accept', WECHAT_PUSH_HEADERS.accept],
      ['Pragma', WECHAT_PUSH_HEADERS.pragma],
    ],
  })
  return { ...attempt, signature }
}

export async function verifyUrl(input: VerifyInput): Promise<VerifyResult> {
  const timeoutMs = input.timeoutMs ?? WECHAT_PUSH_TIMEOUT_MS
  const timestamp = String(input.now())
  const nonce = randomDigits(input.random, 9)
  // echostr is ~19 decimal digits on the wire (protocol.md §1).
  const echostr = randomDigits(input.random, 19)
  const signature = serverSignature({ token: input.token, timestamp, nonce })
  const url = verificationUrl(input.botUrl, [
    ['signature', signature.sha1],
    ['echostr', echostr],
    ['timestamp', timestamp],
    ['nonce', nonce],
  ])
  const first = await sendVerification(url, 1, timeoutMs, signature)
  const judged = judgeVerification(first, echostr)
  const verdict: VerifyVerdict = judged.ok
    ? judged
    : { ...judged, detail: { ...judged.detail, token: input.token, ourSignature: signature.sha1 } }
  const attempts = [first]
  if (!input.probeForgedSignature || !verdict.ok) {
    return { verdict, attempts, signature, echostr, timeoutMs }
  }
  const forgedEchostr = randomDigits(input.random, 19)
  const forged =
    signature.sha1.charAt(0) === '0' ? `1${signature.sha1.slice(1)}` : `0${signature.sha1.slice(1)}`
  const probe = await sendVerification(
    verificationUrl(input.botUrl, [
      ['signature', forged],
      ['echostr', forgedEchostr],
      ['timestamp', timestamp],
      ['nonce', nonce],
    ]),
    2,
    timeoutMs,
    // The probe's breakdown is the real one: the inspector shows it differs from what was sent.
    signature,
  )
  attempts.push(probe)
  const accepted =
    probe.response?.status === 200 && probe.response.body.text.trim() === forgedEchostr
  return {
    verdict: { ...verdict, acceptsForgedSignature: accepted },
    attempts,
    signature,
    echostr,
    timeoutMs,
  }
}
