/**
 * Capture import, table-driven over tests/fixtures/captures: for every file, what was found (by
 * type, encryption and source) and what was skipped, with which reason.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { importCaptures, PASTED_TEXT_NAME } from '../../../src/core/replay/import'
import { importReportSchema } from '../../../src/shared/model/capture'
import type { ImportReport, SkipReason } from '../../../src/shared/model/capture'
import { REPLY_TEXT, WORKSPACE_ACCOUNT } from '../../helpers/capture-fixtures'

const DIR = join(import.meta.dirname, '../../fixtures/captures')
const ctx = { accounts: [WORKSPACE_ACCOUNT] }

function load(path: string): { name: string; bytes: Uint8Array } {
  return { name: path, bytes: new Uint8Array(readFileSync(join(DIR, path))) }
}

function importFile(path: string): ImportReport {
  const report = importCaptures([load(path)], ctx)
  // Whatever comes in, the report is one the control API can answer with.
  expect(importReportSchema.parse(report)).toEqual(report)
  return report
}

interface Row {
  file: string
  /** `<index>:<typeId>[:enc]` per message found, in order. */
  found: string[]
  /** `<index>:<reason>` per skip, in order. */
  skipped: `${number | '-'}:${SkipReason}`[]
}

const ROWS: Row[] = [
  { file: 'xml/text.xml', found: ['-:text'], skipped: [] },
  { file: 'xml/event-click.xml', found: ['-:event.CLICK'], skipped: [] },
  { file: 'xml/safe-current-key.xml', found: ['-:text:enc'], skipped: [] },
  { file: 'xml/compatible-previous-key.xml', found: ['-:text:enc'], skipped: [] },
  { file: 'xml/safe-foreign-key.xml', found: [], skipped: ['-:undecryptable'] },
  { file: 'xml/with-bom.xml', found: ['-:text'], skipped: [] },
  { file: 'xml/reply-news.xml', found: [], skipped: ['-:not-a-push'] },
  { file: 'xml/not-wechat.xml', found: [], skipped: ['-:not-a-push'] },
  { file: 'xml/truncated.xml', found: [], skipped: ['-:not-xml'] },
  { file: 'xml/empty.xml', found: [], skipped: ['-:empty'] },
  { file: 'xml/notes.txt', found: [], skipped: ['-:not-xml'] },
  {
    file: 'har/chrome-mixed.har',
    found: ['1:text', '4:text:enc', '5:event.CLICK'],
    skipped: ['0:not-a-post', '2:not-xml', '3:not-a-post', '6:not-xml'],
  },
  { file: 'har/firefox.har', found: ['0:text'], skipped: [] },
  { file: 'har/charles.har', found: ['0:text'], skipped: [] },
  { file: 'har/mitmproxy.har', found: ['0:text'], skipped: [] },
  { file: 'har/fiddler.har', found: ['0:text'], skipped: [] },
  { file: 'har/truncated.har', found: [], skipped: ['-:not-har'] },
  {
    file: 'log/exchanges.ndjson',
    found: ['0:text', '4:text:enc'],
    skipped: ['1:not-a-push', '2:not-a-push', '3:not-an-exchange'],
  },
  { file: 'log/export.json', found: ['0:event.CLICK'], skipped: ['1:not-a-push'] },
]

describe('importCaptures, one fixture at a time', () => {
  it.each(ROWS)('$file', ({ file, found, skipped }) => {
    const report = importFile(file)
    expect(
      report.messages.map(
        (m) => `${m.source.index ?? '-'}:${m.typeId}${m.encrypted ? ':enc' : ''}`,
      ),
    ).toEqual(found)
    expect(report.skipped.map((s) => `${s.source.index ?? '-'}:${s.reason}`)).toEqual(skipped)
    for (const m of report.messages) expect(m.source.name).toBe(file)
  })
})

describe('what a message keeps', () => {
  it('a plaintext XML file: its bytes as the original and as the plain XML', () => {
    const text = readFileSync(join(DIR, 'xml/text.xml'), 'utf8')
    const [message] = importFile('xml/text.xml').messages
    expect(message).toEqual({
      id: 'xml/text.xml#0',
      source: { kind: 'xml', name: 'xml/text.xml' },
      original: { text },
      plainXml: text,
      encrypted: false,
      msgType: 'text',
      typeId: 'text',
      fromUserName: 'oUo26seZPcU3qKfcMiXLneG3fO4A',
      msgId: '24000000000000000001',
    })
  })

  it('an encrypted envelope: the envelope as the original, the decrypted inner XML as plainXml', () => {
    const envelope = readFileSync(join(DIR, 'xml/safe-current-key.xml'), 'utf8')
    const [message] = importFile('xml/safe-current-key.xml').messages
    expect(message?.original.text).toBe(envelope)
    expect(message?.plainXml).toContain('<Content><![CDATA[安全模式]]></Content>')
    expect(message?.plainXml.startsWith('<xml><ToUserName>')).toBe(true)
    expect(message?.msgId).toBe('24000000000000000004')
  })

  it('an envelope no key opens names the keys tried', () => {
    const [skip] = importFile('xml/safe-foreign-key.xml').skipped
    expect(skip?.detail).toContain('Shop (current key)')
    expect(skip?.detail).toContain('Shop (previous key)')
  })

  it('without any account, an encrypted envelope is undecryptable', () => {
    const report = importCaptures([load('xml/safe-current-key.xml')], { accounts: [] })
    expect(report.skipped).toEqual([
      {
        source: { kind: 'xml', name: 'xml/safe-current-key.xml' },
        reason: 'undecryptable',
        detail: 'no account in the workspace has a key',
      },
    ])
  })

  it('a compatible-mode envelope no key opens falls back to its plaintext copy', () => {
    const report = importCaptures([load('xml/compatible-previous-key.xml')], {
      accounts: [{ ...WORKSPACE_ACCOUNT, previousEncodingAesKey: undefined }],
    })
    expect(report.skipped).toEqual([])
    expect(report.messages[0]?.plainXml).toContain('兼容模式，旧密钥')
    expect(report.messages[0]?.plainXml).not.toContain('Encrypt')
  })

  it('a HAR push keeps the query, the headers and the response as the recorded reply', () => {
    const report = importFile('har/chrome-mixed.har')
    const [plain, safe, click] = report.messages
    expect(plain?.id).toBe('har/chrome-mixed.har#1')
    expect(plain?.source).toEqual({ kind: 'har', name: 'har/chrome-mixed.har', index: 1 })
    expect(plain?.query).toMatchObject({ timestamp: '1764000000', nonce: '111111111' })
    expect(plain?.query?.signature).toMatch(/^[0-9a-f]{40}$/)
    expect(plain?.headers).toContainEqual(['User-Agent', 'Mozilla/4.0'])
    expect(plain?.recordedReply).toEqual({ status: 200, body: REPLY_TEXT })
    expect(safe?.query).toMatchObject({ encrypt_type: 'aes' })
    expect(safe?.plainXml).toContain('加密的消息')
    expect(safe?.recordedReply).toEqual({ status: 200, body: 'success' })
    // The bot never answered (status 0): there is no reply to compare against.
    expect(click?.recordedReply).toBeUndefined()
  })

  it('a HAR skip says which request it was', () => {
    const details = importFile('har/chrome-mixed.har').skipped.map((s) => s.detail ?? '')
    expect(details[0]).toMatch(/^GET http:\/\/127\.0\.0\.1:3000\/wx\?.*echostr=8432019274/)
    expect(details[1]).toMatch(
      /^POST https:\/\/api\.weixin\.qq\.com\/cgi-bin\/message\/custom\/send/,
    )
    expect(details[2]).toBe('GET http://127.0.0.1:3000/static/logo.png')
  })

  it('base64 response bodies (mitmproxy, Charles) are decoded into the recorded reply', () => {
    for (const file of ['har/mitmproxy.har', 'har/charles.har']) {
      expect(importFile(file).messages[0]?.recordedReply).toEqual({ status: 200, body: 'success' })
    }
  })

  it('an exchange keeps its id, the body as sent and the bot’s reply', () => {
    const [plain, safe] = importFile('log/exchanges.ndjson').messages
    expect(plain).toMatchObject({
      id: 'log/exchanges.ndjson#0',
      source: { kind: 'ndjson', index: 0 },
      exchangeId: 'ex-1',
      encrypted: false,
      recordedReply: { status: 200, body: REPLY_TEXT },
      query: { nonce: '555555555' },
      headers: [['content-type', 'text/xml']],
    })
    expect(plain?.original.text).toBe(plain?.plainXml)
    expect(safe?.exchangeId).toBe('ex-2')
    expect(safe?.encrypted).toBe(true)
    expect(safe?.original.text).toContain('<Encrypt>')
    expect(safe?.plainXml).toContain('加密模式')
  })

  it('an exported JSON array is source kind export', () => {
    const [message] = importFile('log/export.json').messages
    expect(message?.source).toEqual({ kind: 'export', name: 'log/export.json', index: 0 })
    expect(message?.exchangeId).toBe('ex-3')
  })
})

describe('inputs that are not files', () => {
  it.each([
    ['one XML body', 'xml/text.xml', ['text']],
    ['a HAR', 'har/chrome-mixed.har', ['text', 'text', 'event.CLICK']],
    ['log lines', 'log/exchanges.ndjson', ['text', 'text']],
  ])('pasted text holding %s is sniffed, and reported as pasted', (_what, file, types) => {
    const text = readFileSync(join(DIR, file), 'utf8')
    const report = importCaptures(
      [{ name: PASTED_TEXT_NAME, bytes: new TextEncoder().encode(text), pasted: true }],
      ctx,
    )
    expect(report.messages.map((m) => m.typeId)).toEqual(types)
    expect(new Set([...report.messages, ...report.skipped].map((m) => m.source.kind))).toEqual(
      new Set(['paste']),
    )
  })

  it('a raw HTTP request (copied from a proxy) keeps its query and headers', () => {
    const body = readFileSync(join(DIR, 'xml/text.xml'), 'utf8')
    const request = [
      'POST /wx?signature=abc&timestamp=1764000000&nonce=42&openid=o1 HTTP/1.1',
      'Host: 127.0.0.1:3000',
      'Content-Type: text/xml',
      '',
      body,
    ].join('\r\n')
    const report = importCaptures(
      [{ name: 'req.txt', bytes: new TextEncoder().encode(request) }],
      ctx,
    )
    expect(report.messages[0]).toMatchObject({
      typeId: 'text',
      original: { text: body },
      plainXml: body,
      query: { signature: 'abc', timestamp: '1764000000', nonce: '42', openid: 'o1' },
      headers: [
        ['Host', '127.0.0.1:3000'],
        ['Content-Type', 'text/xml'],
      ],
    })
    const get = importCaptures(
      [
        {
          name: 'get.txt',
          bytes: new TextEncoder().encode('GET /wx?echostr=1 HTTP/1.1\nHost: x\n\n'),
        },
      ],
      ctx,
    )
    expect(get.skipped).toEqual([
      {
        source: { kind: 'xml', name: 'get.txt' },
        reason: 'not-a-post',
        detail: 'GET /wx?echostr=1',
      },
    ])
  })

  it('several XML bodies pasted together are read one by one', () => {
    const text = [
      'xml/text.xml',
      'xml/reply-news.xml',
      'xml/safe-current-key.xml',
      'xml/event-click.xml',
    ]
      .map((f) => readFileSync(join(DIR, f), 'utf8'))
      .join('\n\n')
    const report = importCaptures(
      [{ name: PASTED_TEXT_NAME, bytes: new TextEncoder().encode(text), pasted: true }],
      ctx,
    )
    expect(report.messages.map((m) => `${m.source.index}:${m.typeId}`)).toEqual([
      '0:text',
      '2:text',
      '3:event.CLICK',
    ])
    expect(report.skipped.map((s) => `${s.source.index}:${s.reason}`)).toEqual(['1:not-a-push'])
    expect(report.messages[1]?.encrypted).toBe(true)
  })

  it('a file the reader could not take is reported with the reader’s reason', () => {
    const report = importCaptures(
      [{ name: 'big.har', bytes: new Uint8Array(0), unread: { reason: 'too-large', detail: 'x' } }],
      ctx,
    )
    expect(report).toEqual({
      messages: [],
      skipped: [{ source: { kind: 'xml', name: 'big.har' }, reason: 'too-large', detail: 'x' }],
    })
  })

  it('a body that is not UTF-8 (a GBK capture) is still read, its bytes kept as base64', () => {
    const xml = readFileSync(join(DIR, 'xml/text.xml'), 'utf8')
    const [before, after] = xml.split('你好')
    // 你好 in GBK: not valid UTF-8, so the text holds replacement characters.
    const bytes = new Uint8Array(
      Buffer.concat([
        Buffer.from(before ?? ''),
        Buffer.from([0xc4, 0xe3, 0xba, 0xc3]),
        Buffer.from(after ?? ''),
      ]),
    )
    const [message] = importCaptures([{ name: 'gbk.xml', bytes }], ctx).messages
    expect(message?.typeId).toBe('text')
    expect(message?.original.text).toContain('\uFFFD')
    expect(Buffer.from(message?.original.base64 ?? '', 'base64')).toEqual(Buffer.from(bytes))
  })

  it('a UTF-16 push (with its BOM) is read, and its bytes kept as base64', () => {
    const text = readFileSync(join(DIR, 'xml/text.xml'), 'utf8')
    const bytes = new Uint8Array(
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
    )
    const [message] = importCaptures([{ name: 'utf16.xml', bytes }], ctx).messages
    expect(message?.typeId).toBe('text')
    expect(Buffer.from(message?.original.base64 ?? '', 'base64')).toEqual(Buffer.from(bytes))
  })

  it('a body over the push limit is too large, not parsed', () => {
    const huge = `<xml><MsgType>text</MsgType><Content>${'a'.repeat(1024 * 1024)}</Content></xml>`
    const report = importCaptures(
      [{ name: 'huge.xml', bytes: new TextEncoder().encode(huge) }],
      ctx,
    )
    expect(report.skipped[0]?.reason).toBe('too-large')
  })

  it('two inputs with one name get distinct ids, and every input is reported in order', () => {
    const report = importCaptures(
      [load('xml/text.xml'), load('xml/empty.xml'), load('xml/text.xml')],
      ctx,
    )
    expect(report.messages.map((m) => m.id)).toEqual(['xml/text.xml#0', 'xml/text.xml#0~2'])
    expect(report.skipped.map((s) => s.source.name)).toEqual(['xml/empty.xml'])
  })

  it('JSON that is neither HAR nor exchanges is not an exchange; a JSON log without entries is not a HAR', () => {
    const enc = (s: string): Uint8Array => new TextEncoder().encode(s)
    const report = importCaptures(
      [
        { name: 'a.json', bytes: enc('{"hello":"world"}') },
        { name: 'b.json', bytes: enc('{"log":{"version":"1.2"}}') },
      ],
      ctx,
    )
    expect(report.skipped.map((s) => s.reason)).toEqual(['not-an-exchange', 'not-har'])
  })
})
