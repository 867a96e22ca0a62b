/**
 * Hostile inputs shared by several areas: XML that is almost WeChat XML, deeply nested XML, tag
 * names that are JavaScript property names, body encodings and the headers that announce them.
 */
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib'
import fc from 'fast-check'

/** Element names: WeChat's, JavaScript's own property names, and odd but legal XML names. */
export const elementName = fc.oneof(
  fc.constantFrom(
    'xml',
    'ToUserName',
    'FromUserName',
    'CreateTime',
    'MsgType',
    'Content',
    'MsgId',
    'Encrypt',
    'MsgSignature',
    'TimeStamp',
    'Nonce',
    'ArticleCount',
    'Articles',
    'item',
    'Image',
    'MediaId',
    '__proto__',
    'constructor',
    'prototype',
    'toString',
    'hasOwnProperty',
    '#text',
    ':@',
    '__cdata',
  ),
  fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_.-]{0,12}$/),
)

/** One character XML 1.0 allows (§2.2 Char): TAB, LF, CR and everything from U+0020 but surrogates, U+FFFE and U+FFFF. */
const xmlChar = fc.oneof(
  { weight: 1, arbitrary: fc.constantFrom('\t', '\n', '\r') },
  {
    weight: 8,
    arbitrary: fc
      .integer({ min: 0x20, max: 0x10ffff })
      .filter((c) => !(c >= 0xd800 && c <= 0xdfff) && c !== 0xfffe && c !== 0xffff)
      .map((c) => String.fromCodePoint(c)),
  },
  { weight: 8, arbitrary: fc.string({ minLength: 1, maxLength: 1 }) },
)

/** Text made only of characters XML can carry (a NUL or U+FFFF has no XML spelling at all). */
export function xmlText(maxLength: number): fc.Arbitrary<string> {
  return fc.string({ unit: xmlChar, maxLength })
}

/** Text for element content: any code point, markup characters, XML's own escapes. */
export const elementText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    '',
    ' ',
    '\r\n',
    ']]>',
    '&amp;',
    '&lt;',
    '&#0;',
    '&#x1F600;',
    '&bogus;',
    'success',
  ),
  fc.stringMatching(/^[0-9]{1,25}$/),
)

function escaped(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

function cdata(text: string): string {
  return `<![CDATA[${text.replace(/]]>/g, ']]]]><![CDATA[>')}]]>`
}

/** A well-formed element tree (names and texts hostile), rendered as XML text. */
const { element } = fc.letrec<{ element: string }>((tie) => ({
  element: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc
      .tuple(elementName, elementText, fc.boolean())
      .map(
        ([name, text, asCdata]) => `<${name}>${asCdata ? cdata(text) : escaped(text)}</${name}>`,
      ),
    fc
      .tuple(elementName, fc.array(tie('element'), { maxLength: 4 }))
      .map(([name, children]) => `<${name}>${children.join('')}</${name}>`),
  ),
}))

/** A well-formed document whose root is usually <xml>. */
export const wellFormedXml = fc
  .tuple(
    fc.oneof({ weight: 4, arbitrary: fc.constant('xml') }, { weight: 1, arbitrary: elementName }),
    fc.array(element, { maxLength: 6 }),
    fc.constantFrom('', '<?xml version="1.0" encoding="UTF-8"?>', '\uFEFF', '\n'),
  )
  .map(([root, children, prefix]) => `${prefix}<${root}>${children.join('')}</${root}>`)

/** Pieces of markup that parsers trip over, glued together at random. */
const markupPiece = fc.oneof(
  fc.constantFrom(
    '<',
    '>',
    '</',
    '/>',
    '<!',
    "<!'[",
    '<![CDATA[',
    ']]>',
    '<?',
    '?>',
    '<?xml version="1.0"?>',
    '<!--',
    '-->',
    '<!DOCTYPE xml>',
    '<!ENTITY x "y">',
    '&',
    '&amp;',
    '&#',
    '&#x;',
    '"',
    "'",
    '=',
    ' ',
    '\n',
    '\uFEFF',
    '<xml>',
    '</xml>',
    '<Content>',
    '</Content>',
    '<Encrypt>',
    '</Encrypt>',
    '<__proto__>',
    '</__proto__>',
    '<constructor>',
    '<a b="1">',
    '<a b=>',
    '[',
    ']',
  ),
  fc.string({ maxLength: 6 }),
  elementName,
)

const soup = fc.array(markupPiece, { maxLength: 30 }).map((parts) => parts.join(''))

/** Almost-XML: tokens of markup in random order (mostly malformed), bare or inside <xml>. */
export const xmlSoup = fc.oneof(
  soup,
  soup.map((inside) => `<xml>${inside}</xml>`),
  soup.map((inside) => `<xml><Content>${inside}</Content></xml>`),
)

/** Elements nested `depth` deep inside <xml>, closed or not. */
export const deepXml = fc
  .tuple(
    fc.oneof(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 100, max: 5000 })),
    fc.constantFrom('a', 'item', 'xml'),
    fc.boolean(),
  )
  .map(
    ([depth, name, closed]) =>
      `<xml>${`<${name}>`.repeat(depth)}x${closed ? `</${name}>`.repeat(depth) : ''}</xml>`,
  )

/** Any of the above, or plain text. */
export const hostileXml = fc.oneof(
  { weight: 3, arbitrary: wellFormedXml },
  { weight: 3, arbitrary: xmlSoup },
  { weight: 1, arbitrary: deepXml },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }) },
)

/** Body bytes with the Content-Encoding that claims to describe them (truthfully or not). */
export interface EncodedBody {
  readonly contentEncoding: string | undefined
  readonly body: Buffer
}

export function encodedBody(plain: fc.Arbitrary<Buffer>): fc.Arbitrary<EncodedBody> {
  return fc
    .tuple(
      plain,
      fc.constantFrom(
        undefined,
        'gzip',
        'deflate',
        'br',
        'identity',
        'x-unknown',
        'gzip, deflate',
        'GZIP',
        '',
      ),
      fc.boolean(),
    )
    .map(([bytes, contentEncoding, truthful]) => {
      if (!truthful) return { contentEncoding, body: bytes }
      const coded =
        contentEncoding === 'gzip'
          ? gzipSync(bytes)
          : contentEncoding === 'deflate'
            ? deflateSync(bytes)
            : contentEncoding === 'br'
              ? brotliCompressSync(bytes)
              : bytes
      return { contentEncoding, body: coded }
    })
}

/** Content-Type values, with and without charsets Node does and does not know. */
export function contentType(mediaTypes: readonly string[]): fc.Arbitrary<string | undefined> {
  return fc.oneof(
    fc.constant(undefined),
    fc.constantFrom(...mediaTypes),
    fc
      .tuple(
        fc.constantFrom(...mediaTypes),
        fc.constantFrom(
          'utf-8',
          'UTF-8',
          '"utf-8"',
          'utf-16',
          'utf-16le',
          'latin1',
          'gbk',
          'x-bogus',
          '',
        ),
      )
      .map(([type, charset]) => `${type}; charset=${charset}`),
    fc.constantFrom('', 'text/plain', 'multipart/form-data; boundary=x', '*/*', 'a/b/c', ';;;'),
  )
}

/** Text in the encodings a confused client might send it in. */
export function textBytes(text: fc.Arbitrary<string>): fc.Arbitrary<Buffer> {
  return fc
    .tuple(
      text,
      fc.constantFrom('utf8', 'utf16le', 'latin1') satisfies fc.Arbitrary<BufferEncoding>,
    )
    .map(([t, encoding]) => Buffer.from(t, encoding))
}

/** Arbitrary bytes, sometimes not UTF-8 at all. */
export const anyBytes = fc.uint8Array({ maxLength: 512 }).map((a) => Buffer.from(a))

const replyMsgType = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('text', 'image', 'voice', 'video', 'music', 'news') },
  {
    weight: 1,
    arbitrary: fc.constantFrom('transfer_customer_service', 'event', 'TEXT', '', 'text '),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
)

const replyBodyFields = fc.array(
  fc.oneof(
    fc
      .oneof(elementText, fc.string({ unit: 'binary', minLength: 600, maxLength: 2100 }))
      .map((t) => `<Content>${cdata(t)}</Content>`),
    elementText.map((t) => `<Image><MediaId>${cdata(t)}</MediaId></Image>`),
    fc.nat({ max: 12 }).map((n) => `<ArticleCount>${n}</ArticleCount>`),
    fc
      .array(fc.tuple(elementText, elementText), { maxLength: 10 })
      .map(
        (items) =>
          `<Articles>${items
            .map(
              ([title, url]) =>
                `<item><Title>${cdata(title)}</Title><Url>${cdata(url)}</Url></item>`,
            )
            .join('')}</Articles>`,
      ),
    element,
  ),
  { maxLength: 4 },
)

/**
 * A passive reply as a bot might write it to a push from `user` to `account`: addressed right or
 * wrong, seconds or milliseconds, any MsgType, body fields of any size and shape.
 */
export function replyXmlFor(account: string, user: string): fc.Arbitrary<string> {
  return fc
    .record({
      to: fc.oneof(
        { weight: 3, arbitrary: fc.constant(user) },
        { weight: 1, arbitrary: elementText },
      ),
      from: fc.oneof(
        { weight: 3, arbitrary: fc.constant(account) },
        { weight: 1, arbitrary: elementText },
      ),
      createTime: fc.oneof(
        fc.constant('1714112445'),
        fc.constant('1714112445123'),
        fc.stringMatching(/^-?[0-9]{0,20}$/),
      ),
      msgType: replyMsgType,
      fields: replyBodyFields,
    })
    .map(
      (r) =>
        `<xml><ToUserName>${cdata(r.to)}</ToUserName><FromUserName>${cdata(r.from)}</FromUserName>` +
        `<CreateTime>${r.createTime}</CreateTime><MsgType>${cdata(r.msgType)}</MsgType>` +
        `${r.fields.join('')}</xml>`,
    )
}

/** Bodies that mean "no reply", or almost do. */
export const successLike = fc.constantFrom(
  '',
  'success',
  ' success\n',
  'SUCCESS',
  '"success"',
  'success\u0000',
  '\uFEFFsuccess',
  '   ',
  '{"errcode":0}',
  '<html><title>500</title></html>',
)
