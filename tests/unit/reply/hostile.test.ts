/**
 * Hostile or broken answers: whatever a bot sends back, judging it ends in a verdict — never an
 * exception — and a body that cannot be read as XML is a problem the phone shows as the system tip,
 * in plaintext and inside an encrypted envelope alike.
 */
import { createCipheriv } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { decodeAesKey } from '../../../src/core/protocol/aes-key'
import { SERVICE_UNAVAILABLE_TIP } from '../../../src/shared/model/verdict'
import type { ReplyProblemCode, Verdict } from '../../../src/shared/model/verdict'
import { CRYPTO, envelope, judge, seal, textXml } from './helpers'

const SAFE = { push: { mode: 'safe' as const }, crypto: CRYPTO }
const TEN_MB = 10 * 1024 * 1024

/** `levels` nested elements, the root <xml> included. */
const nested = (levels: number): string =>
  '<xml>' + '<a>'.repeat(levels - 1) + '</a>'.repeat(levels - 1) + '</xml>'

/** Deterministic bytes (not valid UTF-8, with NULs), decoded the way the engine decodes a body. */
function garbage(length: number, seed = 7): string {
  const bytes = Buffer.alloc(length)
  let state = seed
  for (let i = 0; i < length; i++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0
    bytes[i] = state >>> 24
  }
  return bytes.toString('utf8')
}

interface Row {
  readonly name: string
  readonly body: string
  readonly code: ReplyProblemCode
  /** The XmlError code the xml-malformed problem names. */
  readonly reason?: string
}

const plainRows: Row[] = [
  { name: 'depth 101', body: nested(101), code: 'xml-malformed', reason: 'xml-too-deep' },
  { name: 'depth 1000', body: nested(1000), code: 'xml-malformed', reason: 'xml-too-deep' },
  { name: 'depth 100000', body: nested(100_000), code: 'xml-malformed', reason: 'xml-too-deep' },
  {
    name: '10 MB of nesting',
    body: '<a>'.repeat(TEN_MB / 3),
    code: 'xml-malformed',
    reason: 'xml-too-deep',
  },
  { name: "`<!'[`", body: "<!'[", code: 'xml-malformed', reason: 'xml-malformed' },
  {
    name: "`<xml><!'[</xml>`",
    body: "<xml><!'[</xml>",
    code: 'xml-malformed',
    reason: 'xml-malformed',
  },
  {
    name: 'unclosed CDATA',
    body: textXml().replace(']]></Content>', '</Content>'),
    code: 'xml-malformed',
    reason: 'xml-malformed',
  },
  { name: '`<` alone', body: '<', code: 'xml-malformed', reason: 'xml-malformed' },
  {
    name: 'a NUL byte inside the reply',
    body: textXml('a\u0000b'),
    code: 'xml-malformed',
    reason: 'xml-malformed',
  },
  { name: 'NUL bytes only', body: '\u0000\u0000\u0000', code: 'body-not-xml' },
  { name: 'binary garbage', body: garbage(4096), code: 'body-not-xml' },
  {
    name: 'binary garbage after <xml>',
    body: `<xml>${garbage(4096)}</xml>`,
    code: 'xml-malformed',
  },
]

function expectTip(verdict: Verdict, row: Row): void {
  expect(verdict).toMatchObject({
    outcome: 'service-unavailable',
    cause: row.code,
    phoneView: { kind: 'error-banner', text: SERVICE_UNAVAILABLE_TIP },
  })
  if (row.reason !== undefined) expect(verdict.problems[0]?.detail.reason).toBe(row.reason)
}

describe('a plaintext reply that is not readable XML shows the system tip', () => {
  it.each(plainRows)('$name', (row) => {
    expectTip(judge(row.body), row)
  })
})

describe('the same inside a safe-mode envelope', () => {
  it.each(plainRows.filter((r) => r.code === 'xml-malformed'))('$name, encrypted', (row) => {
    const verdict = judge(seal(row.body), SAFE)
    expectTip(verdict, row)
    // Found after decryption: the inspector says which layer failed.
    expect(verdict.problems[0]?.detail.layer).toBe('decrypted')
    expect(verdict.envelope?.keyUsed).toBe('current')
  })

  it('an envelope that is itself nested 1000 deep', () => {
    const body = `<xml><Encrypt>${'<a>'.repeat(1000)}${'</a>'.repeat(1000)}</Encrypt></xml>`
    expectTip(judge(body, SAFE), { name: '', body, code: 'xml-malformed', reason: 'xml-too-deep' })
  })
})

/** A ciphertext of `plain` with this account's key and IV, without the FullStr layout. */
function rawCipher(plain: Buffer): string {
  const aes = decodeAesKey(CRYPTO.encodingAesKey)
  const cipher = createCipheriv('aes-256-cbc', aes.key, aes.iv)
  cipher.setAutoPadding(false)
  const padded = Buffer.concat([
    plain,
    Buffer.alloc(32 - (plain.length % 32), 32 - (plain.length % 32)),
  ])
  return Buffer.concat([cipher.update(padded), cipher.final()]).toString('base64')
}

describe('an encrypted envelope with garbage inside is refused, never thrown', () => {
  const rows: [string, string][] = [
    ['Encrypt is not base64', envelope('!!! not base64 !!!')],
    ['Encrypt is binary text', envelope(garbage(512))],
    ['Encrypt is 4 MB of base64', envelope('A'.repeat(4 * 1024 * 1024))],
    ['Encrypt decrypts to random bytes', envelope(rawCipher(Buffer.from(garbage(200), 'latin1')))],
    [
      'Encrypt declares a message longer than itself',
      envelope(rawCipher(Buffer.concat([Buffer.alloc(16), Buffer.from([0xff, 0xff, 0xff, 0xff])]))),
    ],
    ['the decrypted reply is binary', seal(garbage(2048))],
    ['the decrypted reply is deep and binary', seal(`${nested(500)}${garbage(64)}`)],
  ]
  it.each(rows)('%s', (_name, body) => {
    const verdict = judge(body, SAFE)
    expect(verdict.outcome).toBe('service-unavailable')
    expect(verdict.problems.some((p) => p.severity === 'error')).toBe(true)
  })
})

describe('big and odd bodies that are still XML', () => {
  it('a 10 MB text reply is judged (WeChat would cut it; the validator must not choke)', () => {
    const verdict = judge(textXml('x'.repeat(TEN_MB)))
    expect(verdict.outcome).toBe('reply')
  })

  it('invalid UTF-8 inside a value is read as U+FFFD, as the engine decodes it', () => {
    const bytes = Buffer.concat([
      Buffer.from(textXml('__').split('__')[0] ?? ''),
      Buffer.from([0xff, 0xfe, 0xc3]),
      Buffer.from(textXml('__').split('__')[1] ?? ''),
    ])
    const verdict = judge(bytes.toString('utf8'))
    expect(verdict.outcome).toBe('reply')
    expect(verdict.phoneView).toEqual({ kind: 'text', content: '\uFFFD\uFFFD\uFFFD' })
  })
})
