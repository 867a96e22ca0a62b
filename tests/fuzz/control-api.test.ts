/**
 * The control API under hostile requests: every command of the contract with its valid input bent
 * field by field, arbitrary JSON, garbage bytes and odd query strings; then odd headers on any
 * command (Content-Encoding, charsets, a Content-Length far over the limit, foreign Host and
 * Origin, missing token). Invariants: never a 5xx (but 501 `unsupported` where documented), every
 * refusal the contract's error shape with the status its code documents, the process still
 * answers, and the heap comes back down.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startCore } from '../../src/core/start-core'
import type { RunningCore } from '../../src/core/start-core'
import { contract, TOKEN_HEADER } from '../../src/shared/control/contract'
import type { CommandName, Input } from '../../src/shared/control/contract'
import { CONTROL_ERROR_STATUS } from '../../src/shared/control/errors'
import { anyBytes, encodedBody } from './helpers/arbitraries'
import { announce, fuzzParams, PROPERTY_TIMEOUT_MS } from './helpers/fuzz-run'
import {
  findGc,
  GC_MISSING_REASON,
  HEAP_GROWTH_LIMIT_BYTES,
  settledHeapBytes,
  watchProcess,
} from './helpers/process-guard'
import type { ProcessWatch } from './helpers/process-guard'
import { rawRequest } from './helpers/raw-http'
import type { RawResponse } from './helpers/raw-http'

const gc = findGc()
let core: RunningCore
let watch: ProcessWatch
let scratch: string
let heapBefore = 0
/** Where pushes and verifications may go: nothing listens there (loopback only, always). */
let closedUrl = 'http://127.0.0.1:9/wechat'

const COMMANDS = Object.keys(contract) as CommandName[]

/** A valid input for every command: the starting point each property bends. */
function validInputs(): { [K in CommandName]: Input<K> } {
  const [account] = core.workspace.directory.listAccounts()
  const [user] = core.workspace.directory.listUsers(account?.id)
  if (!account || !user) throw new Error('the workspace has no account or user')
  const accountId = account.id
  return {
    getInfo: {},
    labSignature: { token: 't', timestamp: '1', nonce: '2', encrypt: 'e', received: 'r' },
    labEncrypt: {
      encodingAesKey: account.encodingAesKey,
      appId: account.appId,
      message: '<xml/>',
      token: 't',
      timestamp: '1',
      nonce: '2',
    },
    labDecrypt: { encodingAesKey: account.encodingAesKey, appId: account.appId, encrypt: 'AAAA' },
    getSetup: {},
    getCatalog: {},
    sendPush: {
      accountId,
      openid: user.openid,
      typeId: 'text',
      values: { Content: 'hi' },
      mode: 'plain',
    },
    sendPushXml: {
      accountId,
      xml: '<xml><MsgType><![CDATA[text]]></MsgType></xml>',
      botUrl: closedUrl,
    },
    previewPush: { accountId, typeId: 'event.CLICK', values: { EventKey: 'K' } },
    lintPushXml: { xml: '<xml><MsgType>text</MsgType></xml>' },
    verifyBot: { accountId, probe: true },
    listExchanges: { limit: 5, kind: 'push', q: 'x' },
    advanceClock: { ms: 1000 },
    setFault: { path: '/cgi-bin/token', kind: 'errcode', errcode: -1, remaining: 1 },
    clearFaults: {},
    setPhoneUser: { accountId, openid: user.openid },
    scanQrCode: {
      ticket: 'gQH47joAAAAAAAAAASxodHRwOi8vd2VpeGluLnFxLmNvbS9xLzAy',
      openid: user.openid,
    },
    getExchange: { id: 'ex-1' },
    // A second account: an AppID and original id of its own (both must be unique).
    putAccount: {
      ...account,
      id: 'acc-fuzz',
      appId: 'wx00000000000000f1',
      originalId: 'gh_0000000000f1',
      botUrl: closedUrl,
      ipWhitelist: [],
    },
    rotateAesKey: { accountId },
    putUser: { ...user, nickname: 'fuzz', tagIds: [...user.tagIds] },
    getSettings: {},
    updateSettings: { push: { attempts: 1, timeoutMs: 1000 }, language: 'en' },
    getMenu: { accountId },
    clearExchanges: {},
    exportExchanges: { format: 'ndjson', kind: 'push' },
    listPhoneMessages: { accountId },
    getWorkspace: {},
    saveWorkspace: {},
    openWorkspace: { dir: join(scratch, 'other-workspace') },
    openPhoneBrowser: { url: closedUrl, accountId, openid: user.openid },
    checkAuthorizeRequest: {
      accountId,
      parts: {
        appid: account.appId,
        redirectUri: 'http://127.0.0.1:5176/oauth/callback/',
        scope: 'snsapi_userinfo',
        state: 'fuzz',
      },
    },
    callPlatform: {
      path: '/sns/oauth2/access_token',
      query: [
        ['appid', account.appId],
        ['code', 'fuzz'],
      ],
    },
    importCaptures: {
      files: [
        {
          name: 'a.xml',
          base64: Buffer.from('<xml><MsgType>text</MsgType></xml>').toString('base64'),
        },
      ],
      text: '<xml/>',
    },
    listSuites: {},
    getSuite: { file: 'fuzz.yaml' },
    saveSuite: { file: 'fuzz.yaml', suite: fuzzSuite },
    suiteFromExchanges: { exchangeIds: ['ex-1'], name: 'fuzz' },
    runSuite: { suite: { ...fuzzSuite, target: closedUrl }, concurrency: 1 },
    runConformance: { target: closedUrl, bail: true },
    listMedia: { accountId },
    getMedia: { accountId, mediaId: 'no-such-media' },
    deleteMedia: { accountId, mediaId: 'no-such-media' },
    sendPhoneMedia: { accountId, openid: user.openid, type: 'image' },
    setUserAvatar: { accountId, openid: user.openid },
    listQrCodes: { accountId },
    listTags: { accountId },
    createTag: { accountId, name: 'fuzz' },
    renameTag: { accountId, id: 100, name: 'fuzz-renamed' },
    deleteTag: { accountId, id: 100 },
    setUserTags: { accountId, openid: user.openid, tagIds: [2] },
    setBlacklisted: { accountId, openid: user.openid, blacklisted: false },
    listTemplates: { accountId },
    putTemplate: { accountId, title: 'fuzz', content: '{{first.DATA}}' },
    deleteTemplate: { accountId, templateId: 'no-such-template' },
    // Short and towards a closed port: a fuzzed variant never loads anything for long.
    runLoad: { botUrl: closedUrl, rate: 5, durationMs: 200, users: 2 },
    stopLoad: { runId: 'no-such-run' },
    listLoadRuns: {},
  }
}

/** A one-step suite aimed at nothing (the target is the closed loopback URL). */
const fuzzSuite = {
  version: 1 as const,
  name: 'fuzz',
  steps: [{ send: { type: 'text', fields: { Content: 'hi' } } }],
}

/**
 * Keeps every request on this machine and in this test's folders: any URL that is not loopback
 * becomes the closed loopback URL, any absolute path a folder under the test's scratch directory.
 */
function confine(value: unknown): unknown {
  if (typeof value === 'string') {
    if (/^\s*https?:/i.test(value)) {
      const host = URL.canParse(value.trim()) ? new URL(value.trim()).hostname : ''
      return ['127.0.0.1', 'localhost', '[::1]'].includes(host) ? value : closedUrl
    }
    if (/^(\/|[A-Za-z]:[\\/]|\\\\)/.test(value))
      return join(scratch, value.replace(/[^A-Za-z0-9]/g, '_').slice(0, 40))
    return value
  }
  if (Array.isArray(value)) return value.map(confine)
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, confine(v)]))
  }
  return value
}

/** A JSON value that is not the input: a field dropped, replaced, added, or the whole thing. */
function bentInput(valid: Record<string, unknown>): fc.Arbitrary<unknown> {
  const keys = Object.keys(valid)
  const json = fc.jsonValue({ maxDepth: 3 })
  const bends: fc.Arbitrary<unknown>[] = [
    fc.constant(valid),
    json,
    fc.tuple(fc.string({ maxLength: 10 }), json).map(([k, v]) => ({ ...valid, [k]: v })),
    fc.constantFrom(
      { ...valid, __proto__: { polluted: true } },
      { ...valid, constructor: { prototype: {} } },
    ),
  ]
  if (keys.length > 0) {
    bends.push(
      fc.tuple(fc.constantFrom(...keys), json).map(([k, v]) => ({ ...valid, [k]: v })),
      fc
        .constantFrom(...keys)
        .map((k) => Object.fromEntries(Object.entries(valid).filter(([key]) => key !== k))),
    )
  }
  return fc.oneof(...bends).map(confine)
}

/** A POST body: the bent input as JSON, or JSON that is broken, deep, huge in number, or not JSON. */
function postBody(valid: Record<string, unknown>): fc.Arbitrary<string | Buffer> {
  return fc.oneof(
    { weight: 6, arbitrary: bentInput(valid).map((v) => JSON.stringify(v) ?? 'null') },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        '',
        '{',
        '{"a":1,"a":2}',
        '\uFEFF{}',
        'null',
        '"str"',
        '1e999',
        `${'['.repeat(20_000)}${']'.repeat(20_000)}`,
        `{"x":"${'\\u0000'.repeat(10)}"}`,
      ),
    },
    { weight: 1, arbitrary: anyBytes },
  )
}

/** A GET query: the bent input's fields as parameters, plus noise Express's parser must survive. */
function getQuery(valid: Record<string, unknown>): fc.Arbitrary<string> {
  const pair = ([k, v]: [string, unknown]) =>
    `${encodeURIComponent(k)}=${encodeURIComponent(typeof v === 'string' ? v : (JSON.stringify(v) ?? ''))}`
  return fc
    .tuple(
      bentInput(valid),
      fc.array(
        fc.constantFrom(
          'limit=abc',
          'limit=1e3',
          'limit=-1',
          'limit=10001',
          'kind[]=push',
          'q[a]=1',
          '%',
          '%zz=1',
          'id=',
          '=x',
          '&&',
          '__proto__=1',
          'constructor[prototype][x]=1',
        ),
        { maxLength: 3 },
      ),
    )
    .map(([input, noise]) => {
      const fields =
        typeof input === 'object' && input !== null && !Array.isArray(input)
          ? Object.entries(input)
          : []
      return [...fields.map(pair), ...noise].join('&')
    })
}

type Headers = readonly (readonly [string, string])[]

function send(
  method: string,
  target: string,
  headers: Headers,
  body?: Buffer,
): Promise<RawResponse> {
  return rawRequest(core.url, {
    method,
    target,
    headers,
    ...(body === undefined ? {} : { body }),
    timeoutMs: 4_000,
  })
}

/**
 * The invariants every answer of the control API keeps. `otherMethod`: the request used a method
 * the command does not have; Express answers OPTIONS itself (200 with the Allow list, as text).
 */
function assertContractAnswer(
  command: CommandName,
  response: RawResponse,
  otherMethod = false,
): void {
  const what = `${command}: ${response.status} ${response.text.slice(0, 300)}`
  const documented501 = response.status === 501 && command === 'openWorkspace'
  if (!documented501) expect(response.status, what).toBeLessThan(500)
  if (response.status < 400 && otherMethod) return
  const body: unknown = JSON.parse(response.text)
  if (response.status < 400) return
  const error = (body as { error?: { code?: unknown; message?: unknown; issues?: unknown } }).error
  const code = error?.code
  expect(Object.keys(CONTROL_ERROR_STATUS), what).toContain(code)
  expect(response.status, what).toBe(
    CONTROL_ERROR_STATUS[code as keyof typeof CONTROL_ERROR_STATUS],
  )
  expect(typeof error?.message, what).toBe('string')
  if (error?.issues !== undefined) expect(Array.isArray(error.issues), what).toBe(true)
}

beforeAll(async () => {
  announce('control-api')
  watch = watchProcess()
  scratch = await mkdtemp(join(tmpdir(), 'mpsim-fuzz-control-'))
  core = await startCore({
    host: 'node',
    version: 'fuzz',
    controlPort: 0,
    platformPort: 0,
    botPort: 0,
    seed: 'fuzz-control',
    slowDelayMs: 20,
    workspaceDir: join(scratch, 'workspace'),
  })
  closedUrl = `http://127.0.0.1:${new URL(core.platformUrl).port}/closed/wechat`
  if (gc) heapBefore = await settledHeapBytes(gc)
})
afterAll(async () => {
  await core?.stop()
  if (scratch) await rm(scratch, { recursive: true, force: true })
  watch.dispose()
  watch.assertClean()
})

const auth = (): [string, string] => [TOKEN_HEADER, core.token]

describe('control API under hostile requests', () => {
  it.each(COMMANDS)(
    '%s: bent input, any JSON, garbage ⇒ a result or a contract error, never a 5xx',
    async (command) => {
      const { method, path } = contract[command]
      const valid = validInputs()[command] as Record<string, unknown>
      const request =
        method === 'GET'
          ? getQuery(valid).map((query) => ({ target: `${path}?${query}`, body: undefined }))
          : postBody(valid).map((body) => ({ target: path, body: Buffer.from(body) }))
      await fc.assert(
        fc.asyncProperty(request, async ({ target, body }) => {
          const headers: Headers = [
            auth(),
            ...(body === undefined
              ? []
              : ([
                  ['Content-Type', 'application/json'],
                  ['Content-Length', String(body.length)],
                ] as const)),
          ]
          assertContractAnswer(command, await send(method, target, headers, body))
        }),
        fuzzParams(12),
      )
    },
    PROPERTY_TIMEOUT_MS,
  )

  it(
    'odd headers on any command: encodings, charsets, oversize lengths, Host, Origin, token',
    async () => {
      const headerCase = fc.record({
        command: fc.constantFrom(...COMMANDS),
        method: fc.oneof(
          { weight: 5, arbitrary: fc.constant(undefined) },
          { weight: 1, arbitrary: fc.constantFrom('PUT', 'DELETE', 'OPTIONS', 'PATCH') },
        ),
        coded: encodedBody(
          fc.constantFrom(Buffer.from('{}'), Buffer.from('{"ms":1}'), Buffer.from('[]')),
        ),
        type: fc.constantFrom(
          'application/json',
          'application/json; charset=utf-8',
          'application/json; charset=utf-16',
          'application/json; charset=latin1',
          'application/json; charset=x-bogus',
          'application/json; charset=""',
          'text/plain',
          'application/x-www-form-urlencoded',
          undefined,
        ),
        length: fc.oneof(
          { weight: 4, arbitrary: fc.constant('honest' as const) },
          { weight: 1, arbitrary: fc.constantFrom('2097153', '99999999999', '9007199254740993') },
        ),
        host: fc.oneof(
          { weight: 6, arbitrary: fc.constant(undefined) },
          {
            weight: 1,
            arbitrary: fc.constantFrom(
              'evil.example',
              'localhost.evil.example:80',
              '127.0.0.1.nip.io',
              '[::1]',
              'LOCALHOST',
              '',
            ),
          },
        ),
        origin: fc.oneof(
          { weight: 6, arbitrary: fc.constant(undefined) },
          {
            weight: 1,
            arbitrary: fc.constantFrom('https://evil.example', 'null', 'http://127.0.0.1:1'),
          },
        ),
        token: fc.oneof(
          { weight: 6, arbitrary: fc.constant('right' as const) },
          {
            weight: 1,
            arbitrary: fc.constantFrom('absent' as const, 'wrong' as const, 'empty' as const),
          },
        ),
      })
      await fc.assert(
        fc.asyncProperty(headerCase, async (c) => {
          const { method, path } = contract[c.command]
          const headers: [string, string][] = []
          if (c.token !== 'absent')
            headers.push([
              TOKEN_HEADER,
              c.token === 'right' ? core.token : c.token === 'wrong' ? 'x'.repeat(32) : '',
            ])
          if (c.host !== undefined) headers.push(['Host', c.host])
          if (c.origin !== undefined) headers.push(['Origin', c.origin])
          if (c.type !== undefined) headers.push(['Content-Type', c.type])
          if (c.coded.contentEncoding !== undefined)
            headers.push(['Content-Encoding', c.coded.contentEncoding])
          // A declared length far over the limit is sent with a short body: the server must
          // refuse it from the header alone, before waiting for bytes that never come.
          const oversize = c.length !== 'honest'
          headers.push(['Content-Length', oversize ? c.length : String(c.coded.body.length)])
          const response = await send(c.method ?? method, path, headers, c.coded.body)
          assertContractAnswer(c.command, response, c.method !== undefined)
        }),
        fuzzParams(200),
      )
    },
    PROPERTY_TIMEOUT_MS,
  )

  it('still answers a normal request after the storm', async () => {
    const response = await send('GET', '/api/info', [auth()])
    expect(response.status).toBe(200)
    expect(JSON.parse(response.text)).toMatchObject({ name: 'mpsim' })
  })

  it.skipIf(gc === undefined)(
    `heap stays bounded${gc ? '' : ` (${GC_MISSING_REASON})`}`,
    async () => {
      if (!gc) return
      const after = await settledHeapBytes(gc)
      expect(after - heapBefore).toBeLessThan(HEAP_GROWTH_LIMIT_BYTES)
    },
  )
})
