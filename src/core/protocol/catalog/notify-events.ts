/**
 * Job-completion notifications (MsgType = event), protocol.md §6: the result of a template message, of
 * a mass send and of a publish (freepublish/submit). Both carry `MsgID` (capital D, 64-bit) rather than a message's `MsgId`.
 */
import type { CatalogEntry, CatalogField } from '../../../shared/model/catalog-types'
import {
  ABSENT,
  bareField,
  cdataField,
  countOf,
  fixed,
  generated,
  groupField,
  listField,
  words,
} from './field-helpers'

const status = (def: string, suggestions: readonly string[], help: readonly [string, string]) =>
  cdataField({
    name: 'Status',
    default: fixed(def),
    suggestions,
    label: words('发送状态', 'Status'),
    help: words(...help),
  })

const template: CatalogEntry = {
  id: 'event.TEMPLATESENDJOBFINISH',
  family: 'notify-event',
  msgType: 'event',
  event: 'TEMPLATESENDJOBFINISH',
  spec: '§6',
  sample: 'messages/event-templatesendjobfinish.xml',
  label: words('模板消息发送结果', 'Template message result'),
  help: words(
    '模板消息送达（或失败）后的通知。',
    'Notice that a template message was delivered (or failed).',
  ),
  fields: [
    bareField({
      name: 'MsgID',
      format: 'uint64',
      default: generated('template-msg-id'),
      label: words('模板消息 ID', 'Template message id'),
      help: words(
        '发送接口返回的 msgid，真实值有 19 位。',
        'The msgid the send API returned; real ones have 19 digits.',
      ),
    }),
    // The doc writes "failed: system failed" with a space; some SDKs compare without it (protocol.md §13).
    status(
      'success',
      ['success', 'failed:user block', 'failed: system failed'],
      [
        'success、failed:user block 或 failed: system failed（冒号后有空格）。',
        'success, failed:user block or failed: system failed (space after the colon).',
      ],
    ),
  ],
}

const count = (
  name: string,
  def: string,
  label: readonly [string, string],
  help: readonly [string, string],
) =>
  bareField({
    name,
    format: 'integer',
    default: fixed(def),
    label: words(...label),
    help: words(...help),
  })

/*
 * Fields whose help is just their label as a sentence (`count` is for those that need more):
 * an integer written bare, or text in CDATA.
 */
const labelAsHelp = (label: readonly [string, string]) => words(`${label[0]}。`, `${label[1]}.`)

const integer = (name: string, label: readonly [string, string], def: string) =>
  bareField({
    name,
    format: 'integer',
    default: fixed(def),
    label: words(...label),
    help: labelAsHelp(label),
  })

const text = (name: string, label: readonly [string, string], def: string) =>
  cdataField({ name, default: fixed(def), label: words(...label), help: labelAsHelp(label) })

const articleIdx = integer(
  'ArticleIdx',
  ['群发文章的序号，从 1 开始', 'Article position in the send, from 1'],
  '1',
)

const copyrightItem: readonly CatalogField[] = [
  articleIdx,
  integer('UserDeclareState', ['用户声明文章的状态', 'Originality the sender declared'], '0'),
  integer('AuditState', ['系统校验的状态', 'Originality check result'], '2'),
  cdataField({
    name: 'OriginalArticleUrl',
    default: fixed('http://127.0.0.1/original'),
    label: words('原创文章链接', 'Original article URL'),
    help: words('相似原创文章的链接。', 'URL of the similar original article.'),
  }),
  integer('OriginalArticleType', ['原创文章的类型', 'Type of the original article'], '1'),
  integer('CanReprint', ['是否能转载', 'Whether it may be reprinted'], '1'),
  integer(
    'NeedReplaceContent',
    ['是否需要替换成原创内容', 'Whether to replace with the original'],
    '1',
  ),
  integer(
    'NeedShowReprintSource',
    ['是否需要注明转载来源', 'Whether to show the reprint source'],
    '1',
  ),
]

// Mass-send notices from before the originality check (2016) lack the two result groups, so they
// are optional; they are emitted by default because current pushes carry them.
const copyrightCheckResult = groupField({
  name: 'CopyrightCheckResult',
  required: false,
  label: words('原创校验结果', 'Originality check'),
  help: words('群发图文的原创校验结果。', 'Result of the originality check of the articles.'),
  fields: [
    bareField({
      name: 'Count',
      format: 'integer',
      default: countOf('ResultList'),
      label: words('结果数量', 'Result count'),
      help: words('等于 ResultList 中 item 的个数。', 'Equals the number of items in ResultList.'),
    }),
    listField({
      name: 'ResultList',
      label: words('各篇文章的结果', 'Per-article results'),
      help: words('每篇文章一个 item。', 'One item per article.'),
      fields: copyrightItem,
    }),
    integer(
      'CheckState',
      [
        '整体校验结果（1 未被判为转载，2 被判为转载可群发，3 被判为转载不能群发）',
        'Overall result (1 not a reprint, 2 reprint allowed, 3 reprint blocked)',
      ],
      '2',
    ),
  ],
})

const articleUrlResult = groupField({
  name: 'ArticleUrlResult',
  required: false,
  label: words('群发文章链接', 'Article URLs'),
  help: words('群发后各篇文章的链接。', 'URLs of the articles after the send.'),
  fields: [
    bareField({
      name: 'Count',
      format: 'integer',
      default: countOf('ResultList'),
      label: words('链接数量', 'URL count'),
      help: words('等于 ResultList 中 item 的个数。', 'Equals the number of items in ResultList.'),
    }),
    listField({
      name: 'ResultList',
      label: words('文章链接列表', 'Article URL list'),
      help: words('每篇文章一个 item。', 'One item per article.'),
      fields: [
        articleIdx,
        cdataField({
          name: 'ArticleUrl',
          default: fixed('http://127.0.0.1/article'),
          label: words('文章链接', 'Article URL'),
          help: words('群发出去的文章地址。', 'URL of the sent article.'),
        }),
      ],
    }),
  ],
})

const mass: CatalogEntry = {
  id: 'event.MASSSENDJOBFINISH',
  family: 'notify-event',
  msgType: 'event',
  event: 'MASSSENDJOBFINISH',
  spec: '§6',
  sample: 'messages/event-masssendjobfinish.xml',
  label: words('群发结果', 'Mass send result'),
  help: words(
    '群发完成后的通知；FromUserName 是群发助手，真实推送中 ToUserName 可能为空。',
    'Notice that a mass send finished; FromUserName is the mass-send helper, and real pushes may have an empty ToUserName.',
  ),
  fields: [
    bareField({
      name: 'MsgID',
      format: 'uint64',
      default: generated('mass-msg-id'),
      label: words('群发消息 ID', 'Mass message id'),
      help: words('群发接口返回的 msg_id。', 'The msg_id the mass-send API returned.'),
    }),
    status(
      'send success',
      ['send success', 'send fail', 'err(30003)'],
      ['send success、send fail 或 err(错误码)。', 'send success, send fail or err(<code>).'],
    ),
    count(
      'TotalCount',
      '1',
      ['粉丝总数', 'Total followers'],
      ['分组或全部粉丝数。', 'Followers in the group, or all followers.'],
    ),
    count(
      'FilterCount',
      '1',
      ['过滤后的粉丝数', 'Followers after filtering'],
      [
        '过滤（如已发满 4 条）后准备发送的粉丝数。',
        'Followers left to send to after filtering (e.g. monthly limit reached).',
      ],
    ),
    count(
      'SentCount',
      '1',
      ['发送成功数', 'Sent'],
      ['发送成功的粉丝数。', 'Followers the send reached.'],
    ),
    count(
      'ErrorCount',
      '0',
      ['发送失败数', 'Failed'],
      ['发送失败的粉丝数。', 'Followers the send failed for.'],
    ),
    copyrightCheckResult,
    articleUrlResult,
  ],
}

/**
 * PUBLISHJOBFINISH [doc sample]: the fields are lower-case, unlike every other push. WeChat lists
 * each article as an <item> straight under <article_detail>, next to <count> (an inline list), and
 * each failed article as a <fail_idx> straight under <PublishEventInfo> (a repeated element;
 * docs/api-messaging.md).
 */
const publish: CatalogEntry = {
  id: 'event.PUBLISHJOBFINISH',
  family: 'notify-event',
  msgType: 'event',
  event: 'PUBLISHJOBFINISH',
  spec: '§6',
  sample: 'messages/event-publishjobfinish.xml',
  label: words('发布结果', 'Publish result'),
  help: words(
    '草稿发布（freepublish/submit）完成后的通知。',
    'Notice that publishing a draft (freepublish/submit) finished.',
  ),
  fields: [
    groupField({
      name: 'PublishEventInfo',
      label: words('发布信息', 'Publish info'),
      help: words('发布任务的结果。', "The publish job's result."),
      fields: [
        integer('publish_id', ['发布任务 ID', 'Publish job id'], '2247503051'),
        bareField({
          name: 'publish_status',
          format: 'integer',
          default: fixed('0'),
          suggestions: ['0', '2', '3', '4', '5', '6'],
          label: words('发布状态', 'Publish status'),
          help: words(
            '0 成功，1 发布中，2 原创失败，3 常规失败，4 平台审核不通过，5 成功后用户删除，6 成功后系统封禁。',
            '0 success, 1 publishing, 2 originality check failed, 3 failed, 4 rejected by review, 5 deleted by the user afterwards, 6 banned afterwards.',
          ),
        }),
        text(
          'article_id',
          ['发布后的文章 ID', 'Published article id'],
          'b5O2OUs25HBxRceL7hfReg-U9QGeq9zQjiDvyWP4Hq4',
        ),
        groupField({
          name: 'article_detail',
          required: false,
          label: words('文章详情', 'Article details'),
          help: words(
            '发布成功时各篇文章的链接。',
            'Links of the articles when publishing succeeded.',
          ),
          fields: [
            bareField({
              name: 'count',
              format: 'integer',
              default: countOf('item'),
              label: words('文章数量', 'Article count'),
              help: words('等于 item 的个数。', 'Equals the number of items.'),
            }),
            listField({
              name: 'item',
              inline: true,
              label: words('文章', 'Article'),
              help: words(
                '每篇文章一个 item：序号和链接。',
                'One item per article: its position and link.',
              ),
              fields: [
                integer('idx', ['文章序号，从 1 开始', 'Article position, from 1'], '1'),
                text('article_url', ['文章链接', 'Article URL'], 'http://127.0.0.1/article'),
              ],
            }),
          ],
        }),
        bareField({
          name: 'fail_idx',
          format: 'integer',
          repeated: true,
          required: false,
          default: ABSENT,
          label: words('失败文章序号', 'Failed article positions'),
          help: words(
            '原创或审核不通过（publish_status 2、4）时，每篇失败文章一个 fail_idx。',
            'With publish_status 2 or 4 (originality or review failed), one fail_idx per failed article.',
          ),
        }),
      ],
    }),
  ],
}

export const NOTIFY_EVENT_TYPES: readonly CatalogEntry[] = [template, mass, publish]
