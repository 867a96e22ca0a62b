/**
 * redirect_uri values that a browser (WHATWG URL, which WeChat's browser follows) and a plain
 * text reading of the URL would send to different hosts, and values that must still be accepted.
 * Every hostile row must be refused with WeChat's 10003, whatever the host a browser would reach:
 * when two readings disagree, the check cannot know which one it approved.
 */
import type { OAuthAccount } from '../../../src/core/protocol/oauth'
import type { OAuthProblemCode } from '../../../src/shared/model/oauth-problem-codes'
import { APPID, enc, FORMAL, LOCAL, withRedirect } from './cases-helpers'
import type { Case } from './cases-helpers'

/** The test account's configured port (LOCAL is `127.0.0.1:5174`). */
export const PORT = 5174
const L = `127.0.0.1:${PORT}`

export const IDN: OAuthAccount = {
  appid: APPID,
  callbackDomain: 'bücher.example',
  accountKind: 'formal',
}

export interface HostileRow {
  readonly name: string
  /** redirect_uri after WeChat's one decoding. */
  readonly value: string
  readonly account: OAuthAccount
  readonly code: Extract<OAuthProblemCode, 'redirect-uri-has-userinfo' | 'redirect-uri-ambiguous'>
  /** detail.reason of redirect-uri-ambiguous. */
  readonly reason?: string
  /** Where a browser would actually go ('' when it cannot parse the URL at all). */
  readonly browserHost?: string
}

const ambiguous = (
  name: string,
  value: string,
  reason: string,
  account: OAuthAccount = LOCAL,
): HostileRow => ({ name, value, account, code: 'redirect-uri-ambiguous', reason })

const userinfo = (
  name: string,
  value: string,
  browserHost: string,
  account: OAuthAccount = LOCAL,
): HostileRow => ({ name, value, account, code: 'redirect-uri-has-userinfo', browserHost })

export const HOSTILE_ROWS: readonly HostileRow[] = [
  // Backslashes: a browser reads `\` as `/`, so the host ends before it.
  ambiguous(
    'backslash before @ (browser: evil.example)',
    `http://evil.example\\@${L}/cb/`,
    'backslash',
  ),
  ambiguous('host:port then backslash-@', `http://${L}\\@evil.example/cb/`, 'backslash'),
  ambiguous('userinfo, then backslash-@', `http://a:b@evil.example\\@${L}/cb/`, 'backslash'),
  ambiguous('backslash in the path', `http://${L}/cb\\x/`, 'backslash'),
  ambiguous('backslashes instead of slashes', `http:\\\\${L}/cb/`, 'backslash'),
  // Userinfo: never part of a real callback, and the classic way to disguise a host.
  userinfo('user@', `http://user@${L}/cb/`, '127.0.0.1'),
  userinfo('user:password@', `http://user:pass@${L}/cb/`, '127.0.0.1'),
  userinfo('empty userinfo', `http://@${L}/cb/`, '127.0.0.1'),
  userinfo('the configured host as userinfo', `http://${L}@evil.example/cb/`, 'evil.example'),
  userinfo('another host as userinfo', `http://evil.example@${L}/cb/`, '127.0.0.1'),
  userinfo('%5C left encoded in the userinfo', `http://evil.example%5C@${L}/cb/`, '127.0.0.1'),
  userinfo('formal account, user@', 'http://user@www.qq.com/a.html', 'www.qq.com', FORMAL),
  // Tabs and newlines: a browser deletes them wherever they are.
  ambiguous('tab inside the host', `http://127.0.0.\t1:${PORT}/cb/`, 'control-character'),
  ambiguous('newline inside the host', `http://evil.exa\nmple@${L}/cb/`, 'control-character'),
  ambiguous('CR/LF in the path', `http://${L}/cb/\r\nSet-Cookie: x=1`, 'control-character'),
  ambiguous('NUL in the path', `http://${L}/cb/\u0000`, 'control-character'),
  ambiguous('leading space', ` http://${L}/cb/`, 'surrounding-space'),
  ambiguous('trailing space', `http://${L}/cb/ `, 'surrounding-space'),
  // Slashes after the scheme: a browser repairs all of these.
  ambiguous('one slash', `http:/${L}/cb/`, 'slashes'),
  ambiguous('no slash', `http:${L}/cb/`, 'slashes'),
  ambiguous('three slashes', `http:///${L}/cb/`, 'slashes'),
  ambiguous('slash-backslash', `http:/\\${L}/cb/`, 'backslash'),
  // Hosts a browser rewrites before it connects.
  ambiguous('percent-encoded host', `http://127.0.0.%31:${PORT}/cb/`, 'host-not-canonical'),
  ambiguous('IPv4 hex and short', `http://0x7f.1:${PORT}/cb/`, 'host-not-canonical'),
  ambiguous('IPv4 hex', `http://0x7f.0.0.1:${PORT}/cb/`, 'host-not-canonical'),
  ambiguous('IPv4 as one number', `http://2130706433:${PORT}/cb/`, 'host-not-canonical'),
  ambiguous('IPv4 short', `http://127.1:${PORT}/cb/`, 'host-not-canonical'),
  ambiguous('IPv4 octal', `http://0177.0.0.1:${PORT}/cb/`, 'host-not-canonical'),
  ambiguous('IPv4-mapped IPv6', `http://[::ffff:127.0.0.1]:${PORT}/cb/`, 'host-not-canonical'),
  ambiguous('IPv4 with a trailing dot', `http://127.0.0.1.:${PORT}/cb/`, 'trailing-dot'),
  ambiguous('domain with a trailing dot', 'http://www.qq.com./a.html', 'trailing-dot', FORMAL),
  ambiguous('full-width letters', 'http://ｗｗｗ.qq.com/a.html', 'host-not-canonical', FORMAL),
  ambiguous('ideographic full stops', 'http://www。qq。com/a.html', 'host-not-canonical', FORMAL),
  ambiguous('percent-encoded dot', 'http://www%2Eqq.com/a.html', 'host-not-canonical', FORMAL),
  ambiguous(
    'IDN written decomposed (NFD)',
    'http://bu\u0308cher.example/cb/',
    'host-not-canonical',
    IDN,
  ),
  ambiguous('IDN deviation character ß', 'http://faß.example/cb/', 'host-not-canonical', {
    ...IDN,
    callbackDomain: 'xn--fa-hia.example',
  }),
  // Ports a browser rewrites.
  ambiguous('port with a leading zero', `http://127.0.0.1:0${PORT}/cb/`, 'port-not-canonical'),
  ambiguous('colon without a port', 'http://127.0.0.1:/cb/', 'port-not-canonical'),
  // Nothing a browser can open.
  ambiguous('host a browser refuses', 'http://bot.0x7f/cb/', 'unparseable'),
  ambiguous('port out of range', 'http://127.0.0.1:65536/cb/', 'unparseable'),
  ambiguous('empty host', `http://:${PORT}/cb/`, 'unparseable'),
]

export interface AcceptedRow {
  readonly name: string
  readonly value: string
  readonly account: OAuthAccount
  /** What the check compared with the domain: WHATWG's host (punycode for IDN). */
  readonly host: string
  /** The port as written (WeChat compares strings). */
  readonly port: string
  /** Where the browser goes: WHATWG's serialisation. */
  readonly href: string
}

export const ACCEPTED_ROWS: readonly AcceptedRow[] = [
  {
    name: 'test account IP:port',
    value: `http://${L}/cb/`,
    account: LOCAL,
    host: '127.0.0.1',
    port: `${PORT}`,
    href: `http://${L}/cb/`,
  },
  {
    name: 'scheme in capitals',
    value: `HTTP://${L}/cb/?from=menu`,
    account: LOCAL,
    host: '127.0.0.1',
    port: `${PORT}`,
    href: `http://${L}/cb/?from=menu`,
  },
  {
    name: 'host in capitals',
    value: 'https://WWW.QQ.COM/music.html',
    account: FORMAL,
    host: 'www.qq.com',
    port: '',
    href: 'https://www.qq.com/music.html',
  },
  {
    name: 'a space and Chinese in the path (the browser encodes them)',
    value: 'http://www.qq.com/a b/中.html',
    account: FORMAL,
    host: 'www.qq.com',
    port: '',
    href: 'http://www.qq.com/a%20b/%E4%B8%AD.html',
  },
  {
    name: 'an @ in the query is not userinfo',
    value: `http://${L}/cb/?mail=a@b.example`,
    account: LOCAL,
    host: '127.0.0.1',
    port: `${PORT}`,
    href: `http://${L}/cb/?mail=a@b.example`,
  },
  {
    name: 'IDN host as written',
    value: 'http://bücher.example/cb/',
    account: IDN,
    host: 'xn--bcher-kva.example',
    port: '',
    href: 'http://xn--bcher-kva.example/cb/',
  },
  {
    name: 'IDN host in capitals',
    value: 'http://BÜCHER.example/cb/',
    account: IDN,
    host: 'xn--bcher-kva.example',
    port: '',
    href: 'http://xn--bcher-kva.example/cb/',
  },
  {
    name: 'IDN host as punycode',
    value: 'http://xn--bcher-kva.example/cb/',
    account: IDN,
    host: 'xn--bcher-kva.example',
    port: '',
    href: 'http://xn--bcher-kva.example/cb/',
  },
  {
    name: 'IDN host for a domain configured as punycode',
    value: 'http://bücher.example/cb/',
    account: { ...IDN, callbackDomain: 'xn--bcher-kva.example' },
    host: 'xn--bcher-kva.example',
    port: '',
    href: 'http://xn--bcher-kva.example/cb/',
  },
  {
    name: 'test account with the default port written out',
    value: 'http://127.0.0.1:80/cb/',
    account: { ...LOCAL, callbackDomain: '127.0.0.1:80' },
    host: '127.0.0.1',
    port: '80',
    href: 'http://127.0.0.1/cb/',
  },
]

/** The hostile rows as authorize links (redirect_uri urlencoded once, as the doc asks). */
export const HOSTILE_CASES: readonly Case[] = [
  ...HOSTILE_ROWS.map((row) => ({
    name: `hostile: ${row.name}`,
    url: withRedirect(enc(row.value)),
    account: row.account,
    codes: [row.code],
  })),
  // The same trick with the backslash left encoded on the wire: WeChat's one decoding turns
  // `%5C` into `\`.
  {
    name: 'hostile: raw redirect_uri with %5C before @',
    url: withRedirect(`http://evil.example%5C@${L}/cb/`),
    account: LOCAL,
    codes: ['redirect-uri-not-encoded', 'redirect-uri-ambiguous'],
  },
  ...ACCEPTED_ROWS.map((row) => ({
    name: `accepted: ${row.name}`,
    url: withRedirect(enc(row.value)),
    account: row.account,
    codes: [],
  })),
]
