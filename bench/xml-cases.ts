/**
 * Benchmark cases of the XML side of the protocol core: building a push from the catalogue, and
 * (once the reply validator is in) judging a reply, each against the bare operation it wraps.
 */
import { XMLBuilder, XMLParser } from 'fast-xml-parser'
import { buildPush } from '../src/core/protocol/catalog'
import { renderPlainBody } from '../src/core/protocol/push-body'
import { validateReply } from '../src/core/protocol/reply'
import { seededRandom } from '../src/core/runtime/random'
import type { BenchCase } from './harness'

const random = seededRandom('bench')
const ctx = {
  toUserName: 'gh_b4f0e22ae50e',
  fromUserName: 'oJqxQwYRyZMXFTc8sipB5TSe6Vw4',
  now: 1669731471,
  random,
}
const content = '你好，mpsim'
const msgId = '23892468385179204'

/** The same bytes written by hand with a template string: the cheapest correct push. */
function handWrittenPush(): string {
  return (
    `<xml><ToUserName><![CDATA[${ctx.toUserName}]]></ToUserName>\n` +
    `<FromUserName><![CDATA[${ctx.fromUserName}]]></FromUserName>\n` +
    `<CreateTime>${ctx.now}</CreateTime>\n` +
    `<MsgType><![CDATA[text]]></MsgType>\n` +
    `<Content><![CDATA[${content}]]></Content>\n` +
    `<MsgId>${msgId}</MsgId>\n</xml>`
  )
}

const ours = (): string =>
  renderPlainBody(buildPush('text', { Content: content, MsgId: msgId }, ctx))
if (ours() !== handWrittenPush()) {
  throw new Error('bench: the catalogue and the hand-written push differ; fix the bench input')
}

/** The generic way: fast-xml-parser's builder over an object (different whitespace, same work). */
const builder = new XMLBuilder({ cdataPropName: '__cdata', format: false })
function libraryBuiltPush(): string {
  return builder.build({
    xml: {
      ToUserName: { __cdata: ctx.toUserName },
      FromUserName: { __cdata: ctx.fromUserName },
      CreateTime: ctx.now,
      MsgType: { __cdata: 'text' },
      Content: { __cdata: content },
      MsgId: msgId,
    },
  })
}

export const xmlCases: BenchCase[] = [
  {
    name: 'push build (text)',
    baselineName: 'fast-xml-parser XMLBuilder',
    run: ours,
    baseline: libraryBuiltPush,
  },
]

/** A passive text reply as a bot sends it (messages/reply-text.xml shape, To/From swapped). */
const REPLY_TEXT =
  '<xml><ToUserName><![CDATA[oJqxQwYRyZMXFTc8sipB5TSe6Vw4]]></ToUserName>' +
  '<FromUserName><![CDATA[gh_b4f0e22ae50e]]></FromUserName>' +
  '<CreateTime>1669731472</CreateTime><MsgType><![CDATA[text]]></MsgType>' +
  '<Content><![CDATA[你好，mpsim]]></Content></xml>'

const replyInput = {
  push: {
    toUserName: ctx.toUserName,
    fromUserName: ctx.fromUserName,
    msgType: 'text',
    mode: 'plain' as const,
  },
  response: { status: 200, contentType: 'text/xml', body: REPLY_TEXT, elapsedMs: 12 },
}
if (validateReply(replyInput).outcome !== 'reply') {
  throw new Error('bench: the reply input is not accepted; fix the bench input')
}
const parser = new XMLParser()

xmlCases.push({
  name: 'reply parse+validate',
  baselineName: 'fast-xml-parser XMLParser.parse',
  goal: 0.5,
  run: () => validateReply(replyInput),
  baseline: () => parser.parse(REPLY_TEXT) as unknown,
})
