/**
 * Exchanges of every kind and outcome for the whole-log search tests, varied from a seed: users and
 * accounts from small sets (so filters hit many), and text that tests the edges of a substring
 * search — Chinese, upper case, quotes and backslashes (escaped in the JSON line), newlines and
 * control characters, an emoji (a surrogate pair), Σ (lower-cased by context), İ and the Kelvin
 * sign (lower-cased to ASCII). Every one passes the exchange schema, as recorded ones do.
 */
import type { Attempt, Exchange } from '../../../src/shared/model/exchange'
import type { Verdict } from '../../../src/shared/model/verdict'
import { pushAnalysis } from '../../helpers/exchange-fixtures'

export const OPENIDS = [
  'oAlice000000000000000000001',
  'oBob00000000000000000000002',
  'oCarol0000000000000000000003',
]
export const ACCOUNTS = ['acc-1', 'acc-2']

/** Words some exchanges hold: the queries look for these, and for pieces of them. */
export const WORDS = [
  'hello',
  'Refund',
  '退款',
  '你好世界',
  'ORDER-42',
  'say "hi"',
  'back\\slash',
  'tab\there',
  'line\nbreak',
  'ctrl\u0001char',
  'emoji 😀 ok',
  'ΟΔΟΣ',
  'İstanbul',
  '\u212Aelvin',
  '</Content>',
]

/** A small deterministic stream (xorshift): the same seed, the same log. */
export function rng(seed: number): (n: number) => number {
  let x = seed | 0 || 1
  return (n) => {
    x ^= x << 13
    x ^= x >>> 17
    x ^= x << 5
    return (x >>> 0) % n
  }
}

const body = (text: string) => ({ text, bytes: Buffer.byteLength(text) })

function attempt(
  url: string,
  request: string,
  response?: { status: number; text: string },
): Attempt {
  return {
    index: 1,
    startedAt: 1_764_000_000_000,
    durationMs: 3,
    // Headers are not searched: the padding only makes lines the size of real ones (~2 KB).
    request: {
      method: 'POST',
      url,
      headers: [
        ['Content-Type', 'text/xml'],
        ['X-Padding', 'p'.repeat(1500)],
      ],
      body: body(request),
    },
    ...(response
      ? { response: { status: response.status, headers: [], body: body(response.text) } }
      : { error: { code: 'connection-refused', message: 'ECONNREFUSED' } }),
  }
}

function verdict(outcome: Verdict['outcome'], innerXml?: string): Verdict {
  return {
    outcome,
    problems: [],
    phoneView: { kind: outcome === 'reply' ? 'text' : 'none' },
    ...(innerXml === undefined ? {} : { envelope: { innerXml } }),
  } as unknown as Verdict
}

const SIGNATURE = {
  parts: ['t', '1', '2'],
  sorted: ['1', '2', 't'],
  joined: '12t',
  sha1: '0'.repeat(40),
}

/** Exchange number `n` of a generated log. */
export function variedExchange(n: number, pick: (n: number) => number, idPrefix = 'x'): Exchange {
  const id = `${idPrefix}-${n.toString(36)}`
  const accountId = ACCOUNTS[pick(ACCOUNTS.length)] ?? 'acc-1'
  const openid = OPENIDS[pick(OPENIDS.length)]
  const word = pick(3) === 0 ? (WORDS[pick(WORDS.length)] ?? '') : `msg ${n}`
  const xml = `<xml><FromUserName><![CDATA[${openid}]]></FromUserName><Content><![CDATA[${word}]]></Content><MsgId>${7_000_000 + n}</MsgId></xml>`
  const url = `http://127.0.0.1:5176/wechat?nonce=${n}`
  switch (pick(6)) {
    case 0:
    case 1:
    case 2: {
      const outcome = (['reply', 'no-reply', 'service-unavailable'] as const)[pick(3)] ?? 'reply'
      const inner =
        pick(4) === 0 ? `<xml><Content><![CDATA[sealed ${word}]]></Content></xml>` : undefined
      return {
        id,
        kind: 'push',
        accountId,
        ...(openid ? { openid } : {}),
        title: 'text',
        simTime: 1_764_000_000 + n,
        attempts: [
          attempt(
            url,
            inner ? 'CIPHERTEXT' : xml,
            outcome === 'service-unavailable'
              ? undefined
              : { status: 200, text: outcome === 'reply' ? `You said: ${word}` : 'success' },
          ),
        ],
        analysis: pushAnalysis({ plainXml: xml }),
        verdict: verdict(outcome, inner),
      }
    }
    case 3: {
      const ok = pick(2) === 0
      const path = pick(2) === 0 ? '/cgi-bin/token' : '/cgi-bin/message/custom/send'
      return {
        id,
        kind: 'api',
        accountId,
        title: path,
        simTime: 1_764_000_000 + n,
        attempts: [
          attempt(
            `http://127.0.0.1:5175${path}?access_token=T${n}`,
            `{"content":${JSON.stringify(word)}}`,
            { status: 200, text: `{"errcode":${ok ? 0 : 40001}}` },
          ),
        ],
        errcode: ok ? 0 : 40001,
      }
    }
    case 4: {
      const ok = pick(2) === 0
      return {
        id,
        kind: 'verify',
        accountId,
        title: 'URL verification',
        simTime: 1_764_000_000 + n,
        attempts: [attempt(`${url}&echostr=E${n}`, '', { status: 200, text: ok ? `E${n}` : word })],
        analysis: {
          verdict: { ok, code: ok ? 'passed' : 'echostr-mismatch', detail: {} },
          signature: SIGNATURE,
          echostr: `E${n}`,
        },
      }
    }
    default:
      return {
        id,
        kind: 'page',
        accountId,
        ...(openid ? { openid } : {}),
        title: `page ${word}`,
        simTime: 1_764_000_000 + n,
        attempts: [
          attempt(`http://127.0.0.1:5176/page/${n}`, '', {
            status: pick(4) === 0 ? 500 : 200,
            text: `<title>${word}</title>`,
          }),
        ],
        analysis: {
          url: `https://shop.example/page/${n}`,
          routedTo: pick(3) === 0 ? 'platform' : 'site',
          purpose: 'navigate',
          title: word,
        },
      }
  }
}
