import { describe, expect, it } from 'vitest'
import type { ReplyMsgType } from '../../../src/core/protocol/reply'
import type { PushMode } from '../../../src/core/protocol/reply'
import { parseWechatXml } from '../../../src/core/protocol/xml-codec'
import { childText } from '../../../src/core/protocol/xml-node'
import type { XmlNode } from '../../../src/core/protocol/xml-node'
import { bare, cdata } from '../../../src/core/protocol/xml-node'
import {
  eventPush,
  GH_ID,
  messagePush,
  MODES,
  NOW,
  openReply,
  OPENID,
  pushAndJudge,
  startHarness,
  textPush,
} from './bot-harness'

type Expected = ReplyMsgType | 'no-reply'

const KEYWORD_CASES: readonly (readonly [string, Expected])[] = [
  ['帮助', 'text'],
  ['help', 'text'],
  ['图片', 'image'],
  ['image', 'image'],
  ['语音', 'voice'],
  ['voice', 'voice'],
  ['视频', 'video'],
  ['video', 'video'],
  ['音乐', 'music'],
  ['music', 'music'],
  ['图文', 'news'],
  ['news', 'news'],
  ['客服', 'transfer_customer_service'],
  ['kf', 'transfer_customer_service'],
  ['静默', 'no-reply'],
  ['success', 'no-reply'],
  ['网页授权', 'text'],
  ['OAuth', 'text'],
  ['你好 hello', 'text'],
]

const cases = MODES.flatMap((mode) =>
  KEYWORD_CASES.map(([keyword, expected]) => ({ mode, keyword, expected })),
)

/** Sends the push and checks the reply as WeChat would, plus by hand for encrypted modes. */
async function expectReply(
  nodes: readonly XmlNode[],
  mode: PushMode,
  expected: Expected,
): Promise<readonly XmlNode[] | undefined> {
  const { botUrl } = await startHarness()
  const { answer, verdict } = await pushAndJudge(botUrl, nodes, mode)
  expect(answer.status).toBe(200)
  if (expected === 'no-reply') {
    // `success` is sent unencrypted in every mode (protocol.md §7.3).
    expect(answer.body).toBe('success')
    expect(verdict.outcome).toBe('no-reply')
    return undefined
  }
  expect(verdict.outcome, JSON.stringify(verdict.problems)).toBe('reply')
  expect(verdict.problems.filter((p) => p.severity !== 'info')).toEqual([])
  expect(verdict.reply?.msgType).toBe(expected)
  const inner = mode === 'plain' ? undefined : openReply(answer.body)
  if (inner) {
    expect(Number(inner.timeStamp)).toBe(NOW)
    expect(inner.nonce).toMatch(/^\d{10}$/)
  }
  const replyNodes = inner ? inner.nodes : parseWechatXml(answer.body)
  expect(childText(replyNodes, 'MsgType')).toBe(expected)
  expect(childText(replyNodes, 'ToUserName')).toBe(OPENID)
  expect(childText(replyNodes, 'FromUserName')).toBe(GH_ID)
  expect(childText(replyNodes, 'CreateTime')).toBe(String(NOW))
  return replyNodes
}

describe('keyword replies in plain, compatible and safe mode (protocol.md §7.2, §8.5)', () => {
  it.each(cases)('$mode: "$keyword" → $expected', async ({ mode, keyword, expected }) => {
    await expectReply(textPush(keyword), mode, expected)
  })

  it('echoes unknown text and lists the keywords in Chinese and English', async () => {
    const nodes = await expectReply(textPush('随便说说'), 'plain', 'text')
    const content = childText(nodes ?? [], 'Content') ?? ''
    expect(content).toContain('你说：「随便说说」')
    expect(content).toContain('Send one of these keywords')
    expect(content).toContain('图文 / news')
  })

  it('keeps a CDATA terminator in the echo intact', async () => {
    const nodes = await expectReply(textPush('a ]]> b <c>'), 'safe', 'text')
    expect(childText(nodes ?? [], 'Content')).toContain('a ]]> b <c>')
  })
})

const EVENT_CASES: readonly (readonly [string, string, Expected])[] = [
  ['subscribe', '', 'text'],
  ['subscribe', 'qrscene_123', 'text'],
  ['unsubscribe', '', 'no-reply'],
  ['CLICK', 'news', 'news'],
  ['CLICK', '音乐', 'music'],
  ['CLICK', 'V1001_TODAY_MUSIC', 'text'],
  ['VIEW', 'http://127.0.0.1/menu', 'no-reply'],
  ['LOCATION', '', 'no-reply'],
]

describe('events (protocol.md §6)', () => {
  const eventCases = MODES.flatMap((mode) =>
    EVENT_CASES.map(([event, key, expected]) => ({ mode, event, key, expected })),
  )
  it.each(eventCases)(
    '$mode: $event "$key" → $expected',
    async ({ mode, event, key, expected }) => {
      await expectReply(eventPush(event, key), mode, expected)
    },
  )

  it('welcomes a new follower and names the QR scene', async () => {
    const nodes = await expectReply(eventPush('subscribe', 'qrscene_123'), 'plain', 'text')
    const content = childText(nodes ?? [], 'Content') ?? ''
    expect(content).toContain('欢迎关注')
    expect(content).toContain('Welcome')
    expect(content).toContain('123')
  })

  it('names an unknown CLICK key back', async () => {
    const nodes = await expectReply(eventPush('CLICK', 'V1001_TODAY_MUSIC'), 'plain', 'text')
    expect(childText(nodes ?? [], 'Content')).toContain('V1001_TODAY_MUSIC')
  })
})

describe('other ordinary messages (protocol.md §5)', () => {
  it('says what it received for an image', async () => {
    const nodes = messagePush('image', [
      cdata('PicUrl', 'http://mmbiz.qpic.cn/x'),
      cdata('MediaId', 'media'),
    ])
    const reply = await expectReply(nodes, 'plain', 'text')
    expect(childText(reply ?? [], 'Content')).toContain('Got your image')
  })

  it('repeats the speech recognition of a voice message', async () => {
    const nodes = messagePush('voice', [
      cdata('MediaId', 'm'),
      cdata('Format', 'amr'),
      cdata('Recognition', '今天天气'),
    ])
    const reply = await expectReply(nodes, 'safe', 'text')
    expect(childText(reply ?? [], 'Content')).toContain('今天天气')
  })

  it('describes a location', async () => {
    const nodes = messagePush('location', [
      bare('Location_X', '23.134521'),
      bare('Location_Y', '113.358803'),
      bare('Scale', '20'),
      cdata('Label', '广州'),
    ])
    const reply = await expectReply(nodes, 'compatible', 'text')
    expect(childText(reply ?? [], 'Content')).toContain('广州')
  })

  it('answers success to a type it does not know', async () => {
    await expectReply(messagePush('miniprogrampage', []), 'plain', 'no-reply')
  })
})

describe('news reply', () => {
  it('has one article linking to the bot’s own OAuth guide', async () => {
    const { botUrl } = await startHarness()
    const { verdict } = await pushAndJudge(botUrl, textPush('图文'), 'plain')
    if (verdict.outcome !== 'reply' || verdict.reply.msgType !== 'news') throw new Error('no news')
    expect(verdict.reply.articles).toHaveLength(1)
    expect(verdict.reply.articles[0]?.url).toBe(`${botUrl}/oauth`)
    const picture = await fetch(verdict.reply.articles[0]?.picUrl ?? '')
    expect(picture.status).toBe(200)
    expect(picture.headers.get('content-type')).toMatch(/^image\/svg\+xml/)
  })

  it('links a music file the bot serves', async () => {
    const { botUrl } = await startHarness()
    const { verdict } = await pushAndJudge(botUrl, textPush('music'), 'plain')
    if (verdict.outcome !== 'reply' || verdict.reply.msgType !== 'music')
      throw new Error('no music')
    const track = await fetch(verdict.reply.musicUrl ?? '')
    expect(track.status).toBe(200)
    expect((await track.arrayBuffer()).byteLength).toBe(8044)
  })
})
