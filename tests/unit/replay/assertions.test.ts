import { describe, expect, it } from 'vitest'
import { evaluateStep } from '../../../src/core/replay/run/assertions'
import type { StepFacts } from '../../../src/core/replay/run/assertions'
import { lineDiff } from '../../../src/core/replay/run/line-diff'
import { replyLines } from '../../../src/core/replay/run/reply-lines'
import type { StepExpect } from '../../../src/shared/model/suite'

/** An asymmetric matcher where the row's type wants a string. */
function matching(pattern: RegExp): string {
  return expect.stringMatching(pattern) as string
}

const reply = (content: string, createTime = '1700000000') =>
  `<xml><ToUserName><![CDATA[o_user]]></ToUserName><FromUserName><![CDATA[gh_a]]></FromUserName>` +
  `<CreateTime>${createTime}</CreateTime><MsgType><![CDATA[text]]></MsgType>` +
  `<Content><![CDATA[${content}]]></Content></xml>`

const news =
  '<xml><ToUserName><![CDATA[o]]></ToUserName><FromUserName><![CDATA[gh]]></FromUserName>' +
  '<CreateTime>1</CreateTime><MsgType><![CDATA[news]]></MsgType><ArticleCount>2</ArticleCount>' +
  '<Articles><item><Title><![CDATA[First]]></Title></item><item><Title><![CDATA[Second]]></Title></item></Articles></xml>'

const replied: StepFacts = {
  outcome: 'reply',
  replyType: 'text',
  replyText: reply('hello world'),
  attempts: 1,
  firstAttemptMs: 120,
  firstAttemptAnswered: true,
  apiCalls: [],
}
const hung: StepFacts = {
  outcome: 'service-unavailable',
  attempts: 3,
  firstAttemptMs: 5003,
  firstAttemptAnswered: false,
  apiCalls: [],
}
const slow: StepFacts = {
  outcome: 'no-reply',
  replyText: 'success',
  attempts: 1,
  firstAttemptMs: 4,
  firstAttemptAnswered: true,
  apiCalls: [
    { path: '/cgi-bin/token', body: undefined },
    {
      path: '/cgi-bin/message/custom/send',
      body: { touser: 'o_user', msgtype: 'text', text: { content: 'done' } },
    },
  ],
}

type Row = [
  string,
  StepExpect,
  StepFacts,
  { assertion: string; expected: string; actual: string }[],
]

const rows: Row[] = [
  ['accepted holds for a reply', { accepted: true }, replied, []],
  ['accepted holds for success', { accepted: true }, slow, []],
  [
    'accepted fails on the service-unavailable tip',
    { accepted: true },
    hung,
    [{ assertion: 'accepted', expected: 'reply or no-reply', actual: 'service-unavailable' }],
  ],
  ['verdict equal', { verdict: 'reply' }, replied, []],
  [
    'verdict differs',
    { verdict: 'no-reply' },
    replied,
    [{ assertion: 'verdict', expected: 'no-reply', actual: 'reply' }],
  ],
  [
    'verdict when nothing was delivered',
    { verdict: 'reply' },
    { ...hung, outcome: undefined },
    [{ assertion: 'verdict', expected: 'reply', actual: 'not delivered' }],
  ],
  [
    'replyType with no reply',
    { replyType: 'text' },
    slow,
    [{ assertion: 'replyType', expected: 'text', actual: '(no reply: no-reply)' }],
  ],
  ['a bare string field means equals', { fields: { Content: 'hello world' } }, replied, []],
  [
    'equals differs',
    { fields: { Content: { equals: 'hello' } } },
    replied,
    [{ assertion: 'fields.Content', expected: '"hello"', actual: '"hello world"' }],
  ],
  ['contains', { fields: { Content: { contains: 'lo wo' } } }, replied, []],
  [
    'contains fails',
    { fields: { Content: { contains: 'bye' } } },
    replied,
    [{ assertion: 'fields.Content', expected: 'contains "bye"', actual: '"hello world"' }],
  ],
  ['matches', { fields: { Content: { matches: '^hello\\s\\w+$' } } }, replied, []],
  [
    'an invalid regex is a failure, not a crash',
    { fields: { Content: { matches: '(' } } },
    replied,
    [
      {
        assertion: 'fields.Content',
        expected: 'matches /(/',
        actual: matching(/^invalid regular expression: /),
      },
    ],
  ],
  [
    'an absent field',
    { fields: { MediaId: 'x' } },
    replied,
    [{ assertion: 'fields.MediaId', expected: '"x"', actual: '(absent)' }],
  ],
  [
    'nested fields by index',
    {
      fields: {
        ArticleCount: '2',
        'Articles.item.1.Title': 'Second',
        'Articles.item.Title': 'First',
      },
    },
    { ...replied, replyType: 'news', replyText: news },
    [],
  ],
  ['withinMs holds', { withinMs: 200 }, replied, []],
  [
    'withinMs too slow',
    { withinMs: 100 },
    replied,
    [{ assertion: 'withinMs', expected: '≤ 100 ms', actual: '120 ms' }],
  ],
  [
    'withinMs with no answer',
    { withinMs: 100 },
    hung,
    [{ assertion: 'withinMs', expected: '≤ 100 ms', actual: 'no answer (gave up after 5003 ms)' }],
  ],
  [
    'noRetry',
    { noRetry: true },
    hung,
    [{ assertion: 'noRetry', expected: 'answered at the first attempt', actual: '3 attempts' }],
  ],
  [
    'apiCalls by path, count and body',
    {
      apiCalls: [
        {
          path: '/cgi-bin/message/custom/send',
          count: 1,
          body: { touser: 'o_user', 'text.content': { contains: 'done' } },
        },
        { path: '/cgi-bin/token' },
      ],
    },
    slow,
    [],
  ],
  [
    'apiCalls count 0 fails when the bot called',
    { apiCalls: [{ path: '/cgi-bin/message/custom/send', count: 0 }] },
    slow,
    [
      {
        assertion: 'apiCalls[0]',
        expected: '0 × /cgi-bin/message/custom/send',
        actual: '1 × /cgi-bin/message/custom/send',
      },
    ],
  ],
  [
    'apiCalls body mismatch',
    { apiCalls: [{ path: '/cgi-bin/message/custom/send', body: { touser: 'someone' } }] },
    slow,
    [
      {
        assertion: 'apiCalls[0]',
        expected: 'at least 1 × /cgi-bin/message/custom/send with touser "someone"',
        actual: '0 matching of 1 × /cgi-bin/message/custom/send',
      },
    ],
  ],
  [
    'same reply ignores CreateTime and ToUserName',
    { sameReplyAsRecorded: true },
    { ...replied, recordedReply: reply('hello world', '1600000000').replace('o_user', 'o_prod') },
    [],
  ],
  [
    'same reply without a recording',
    { sameReplyAsRecorded: true },
    replied,
    [
      {
        assertion: 'sameReplyAsRecorded',
        expected: 'a recorded reply to compare with',
        actual: 'the step has no recordedReply',
      },
    ],
  ],
]

describe('step assertions', () => {
  it.each(rows)('%s', (_name, expectation, facts, failures) => {
    const got = evaluateStep(expectation, facts).map(({ assertion, expected, actual }) => ({
      assertion,
      expected,
      actual,
    }))
    expect(got).toEqual(failures)
  })

  it('a different reply comes with a line diff of the XML', () => {
    const [failure] = evaluateStep(
      { sameReplyAsRecorded: true },
      { ...replied, recordedReply: reply('hello there') },
    )
    expect(failure?.diff).toBe(
      [
        '  <xml>',
        '    <FromUserName>gh_a</FromUserName>',
        '    <MsgType>text</MsgType>',
        '-   <Content>hello there</Content>',
        '+   <Content>hello world</Content>',
        '  </xml>',
      ].join('\n'),
    )
  })

  it('a recorded "success" against an XML reply compares the texts', () => {
    const [failure] = evaluateStep(
      { sameReplyAsRecorded: true },
      { ...replied, recordedReply: 'success' },
    )
    expect(failure?.expected).toBe('success')
    expect(failure?.diff?.startsWith('- success\n+ <xml>')).toBe(true)
  })

  it('multi-line equals comes with a diff', () => {
    const [failure] = evaluateStep(
      { fields: { Content: 'a\nb\nc' } },
      { ...replied, replyText: reply('a\nB\nc') },
    )
    expect(failure?.diff).toBe('  a\n- b\n+ B\n  c')
  })
})

describe('line diff and reply lines', () => {
  it('equal texts have no marked lines', () => {
    expect(lineDiff('a\nb', 'a\nb')).toBe('  a\n  b')
  })
  it('insertions and deletions', () => {
    expect(lineDiff('a\nb\nc', 'a\nc\nd')).toBe('  a\n- b\n  c\n+ d')
  })
  it('long texts are shown whole on each side', () => {
    const long = Array.from({ length: 500 }, (_, i) => String(i)).join('\n')
    const diff = lineDiff(long, 'x')
    expect(diff.split('\n')).toHaveLength(501)
    expect(diff.endsWith('+ x')).toBe(true)
  })
  it('reply lines drop volatile elements and keep nesting', () => {
    expect(replyLines(news)).toBe(
      [
        '<xml>',
        '  <FromUserName>gh</FromUserName>',
        '  <MsgType>news</MsgType>',
        '  <ArticleCount>2</ArticleCount>',
        '  <Articles>',
        '    <item>',
        '      <Title>First</Title>',
        '    </item>',
        '    <item>',
        '      <Title>Second</Title>',
        '    </item>',
        '  </Articles>',
        '</xml>',
      ].join('\n'),
    )
  })
  it('text that is not XML is compared trimmed', () => {
    expect(replyLines(' success\n')).toBe('success')
    expect(replyLines('<not xml')).toBe('<not xml')
  })
})
