/**
 * What the mock platform notes on a call beside its errcode (PlatformAnalysis.problem, .warnings,
 * .phoneUser), worded in zh-CN and English: the facts WeChat itself never tells a bot (a code that
 * belongs to another account, a base token used for the profile, which kind of media a media_id
 * is, why showqrcode answered 404), and odd but accepted requests.
 * Codes without words here (menu rules, message-field paths) are shown as the facts they are.
 */
import type { Explanation } from './types'

export type PlatformNoteCode =
  | 'token-scope-base'
  | 'code-of-another-account'
  | 'openid-not-token-owner'
  | 'lang-unknown'
  | 'first-user-of-account'
  | 'content-type-not-json'
  | 'unknown-api'
  | 'body-too-large'
  | 'body-unreadable'
  | 'mpsim-internal-error'
  | 'qr-ticket-missing'
  | 'qr-ticket-unknown'
  | 'qr-ticket-not-url-encoded'
  | 'qr-ticket-expired'
  | 'media-unknown'
  | 'media-expired'
  | 'media-not-temporary'
  | 'media-not-permanent'
  | 'body-not-multipart'
  | 'multipart-without-media-part'
  | 'video-description-missing'
  | 'thumb-not-permanent-image'
  | 'unknown-tag'
  | 'unknown-tag-id'
  | 'client-platform-type'
  | 'too-many-link-domains'
  | 'audience-not-stored'

export interface PlatformNote extends Explanation {
  /**
   * 'info' explains an errcode already shown; 'warning' is odd but was accepted; 'error' says why
   * a call that answers no errcode failed (showqrcode's 404).
   */
  readonly severity: 'info' | 'warning' | 'error'
  /** Where it is described: the protocol notes' section (§…) or a repository doc (docs/….md). */
  readonly spec: string
}

export const PLATFORM_NOTE_TEXT: Readonly<Record<PlatformNoteCode, PlatformNote>> = {
  'token-scope-base': {
    severity: 'info',
    spec: '§9.4',
    zh: {
      title: '这个 access_token 是 snsapi_base 授权换来的',
      explanation: 'snsapi_base 只给 openid，不允许拉取用户信息，所以 /sns/userinfo 返回 48001。',
      fix: '需要昵称和头像时，授权链接用 scope=snsapi_userinfo。',
    },
    en: {
      title: 'This access_token came from an snsapi_base authorization',
      explanation:
        'snsapi_base gives the openid only, not the profile, so /sns/userinfo answers 48001.',
      fix: 'For the nickname and avatar, use scope=snsapi_userinfo in the authorize link.',
    },
  },
  'code-of-another-account': {
    severity: 'info',
    spec: '§9.4',
    zh: {
      title: '这个 code 属于另一个公众号',
      explanation:
        'code 是为另一个 AppID 发放的。微信只回答 40029，不会说明原因；mpsim 在这里替你指出来。',
      fix: '用发起授权的那个公众号的 appid 和 secret 去换 code。',
    },
    en: {
      title: 'The code belongs to another account',
      explanation:
        'The code was issued for another AppID. WeChat only answers 40029 without saying why; mpsim points it out here.',
      fix: 'Trade the code with the appid and secret of the account that started the authorization.',
    },
  },
  'openid-not-token-owner': {
    severity: 'info',
    spec: '§9.4',
    zh: {
      title: 'openid 不是这个 access_token 的用户',
      explanation: '网页授权的 access_token 只属于一个用户，openid 必须是换取它时一起返回的那个。',
      fix: '使用和 access_token 一起返回的 openid。',
    },
    en: {
      title: 'The openid is not this access_token’s user',
      explanation:
        'A web-authorization access_token belongs to one user; the openid must be the one returned with it.',
      fix: 'Send the openid returned together with the access_token.',
    },
  },
  'lang-unknown': {
    severity: 'warning',
    spec: '§9.4',
    zh: {
      title: 'lang 不是 zh_CN、zh_TW 或 en',
      explanation:
        'lang 只决定省份、城市、国家用哪种语言；这几项自 2021 年起都是空的。其他值会不会出错，文档没有说明。',
      fix: '使用 zh_CN、zh_TW 或 en，或者不传 lang。',
    },
    en: {
      title: 'lang is not zh_CN, zh_TW or en',
      explanation:
        'lang only picks the language of province, city and country, empty since 2021. Whether other values fail is undocumented.',
      fix: 'Send zh_CN, zh_TW or en, or leave lang out.',
    },
  },
  'first-user-of-account': {
    severity: 'info',
    spec: '§9.3',
    zh: {
      title: '手机上没有选中这个公众号的用户',
      explanation: '授权以公众号的第一个模拟用户的身份进行。',
      fix: '在手机上切换到想用的用户，再重新打开授权链接。',
    },
    en: {
      title: 'No user of this account was chosen on the phone',
      explanation: 'The authorization went ahead as the account’s first simulated user.',
      fix: 'Pick the user on the phone, then open the authorize link again.',
    },
  },
  'content-type-not-json': {
    severity: 'warning',
    spec: '§12',
    zh: {
      title: '请求的 Content-Type 不是 JSON',
      explanation:
        '请求体是 JSON，但 Content-Type 没有说明。微信目前照样接受，但有的代理或网关会按 Content-Type 处理请求体。',
      fix: '发送 JSON 时带上 Content-Type: application/json。',
    },
    en: {
      title: 'The request’s Content-Type is not JSON',
      explanation:
        'The body is JSON but the Content-Type does not say so. WeChat accepts it today; proxies and gateways may treat the body by its Content-Type.',
      fix: 'Send Content-Type: application/json with a JSON body.',
    },
  },
  'unknown-api': {
    severity: 'info',
    spec: '§10.7',
    zh: {
      title: 'mpsim 没有模拟这个接口',
      explanation:
        '真实微信对不存在的接口路径返回 40066。也可能这是一个真实存在、但 mpsim 没有模拟的接口。',
      fix: '对照文档检查接口路径（包括 /cgi-bin 前缀和大小写）。',
    },
    en: {
      title: 'mpsim does not simulate this API',
      explanation:
        'Real WeChat answers 40066 for a path it does not know. It may also be a real API mpsim does not cover.',
      fix: 'Check the path against the documentation (the /cgi-bin prefix, the case).',
    },
  },
  'body-too-large': {
    severity: 'info',
    spec: '§12',
    zh: {
      title: '请求体超过大小上限',
      explanation: '请求体太大，mpsim 没有读取就拒绝了（HTTP 413，errcode 45002）。',
      fix: '检查发送的内容：素材应通过上传接口发送，不要放进 JSON 里。',
    },
    en: {
      title: 'The request body is over the size limit',
      explanation: 'The body was too big; mpsim refused it unread (HTTP 413, errcode 45002).',
      fix: 'Check what is sent: media go through the upload APIs, not inside the JSON.',
    },
  },
  'body-unreadable': {
    severity: 'info',
    spec: '§12',
    zh: {
      title: '无法读取请求体',
      explanation: '请求体的压缩方式或字符集无法识别，所以无法解析（errcode 47001）。',
      fix: '发送未压缩的 UTF-8 请求体。',
    },
    en: {
      title: 'The request body could not be read',
      explanation:
        'Its Content-Encoding or charset is not one mpsim reads, so it could not be parsed (errcode 47001).',
      fix: 'Send an uncompressed UTF-8 body.',
    },
  },
  'mpsim-internal-error': {
    severity: 'info',
    spec: '§12',
    zh: {
      title: 'mpsim 自身出错了',
      explanation: '这是 mpsim 的错误，不是你的 bot 的问题。详细信息在 mpsim 的日志里。',
      fix: '请把 mpsim 的日志附在问题报告里。',
    },
    en: {
      title: 'mpsim itself failed',
      explanation: 'This is a bug in mpsim, not in your bot. Its log has the details.',
      fix: 'Please attach mpsim’s log to a bug report.',
    },
  },

  'qr-ticket-missing': {
    severity: 'error',
    spec: 'docs/api-images.md',
    zh: {
      title: '显示二维码时没有带 ticket',
      explanation: 'showqrcode 要用 ticket 参数指明是哪一个二维码；没有它，微信返回 HTTP 404。',
      fix: '把 /cgi-bin/qrcode/create 返回的 ticket 做一次 UrlEncode，放在 ?ticket= 后面。',
    },
    en: {
      title: 'The QR code was asked for without a ticket',
      explanation:
        'showqrcode needs the ticket parameter to know which QR code to show; without it WeChat answers HTTP 404.',
      fix: 'Put the ticket from /cgi-bin/qrcode/create, URL-encoded once, after ?ticket=.',
    },
  },
  'qr-ticket-unknown': {
    severity: 'error',
    spec: 'docs/api-images.md',
    zh: {
      title: '没有二维码对应这个 ticket',
      explanation:
        '这个 ticket 不是这里创建的二维码的。常见原因：ticket 被 UrlEncode 了两次（很多 SDK 已经替你编码过），或者复制时被截断；过期一天以上的临时二维码也会被忘掉。',
      fix: '只对 ticket 做一次 UrlEncode；如果 SDK 已经编码过就不要再编码。二维码过期的话重新调用 qrcode/create。',
    },
    en: {
      title: 'No QR code has this ticket',
      explanation:
        'The ticket belongs to no QR code created here. Usual causes: it was URL-encoded twice (many SDKs already encode it for you) or cut short when copied; temporary codes over a day past expiry are forgotten too.',
      fix: 'URL-encode the ticket exactly once, not again if the SDK already did; for an expired code call qrcode/create again.',
    },
  },
  'qr-ticket-not-url-encoded': {
    severity: 'error',
    spec: 'docs/api-images.md',
    zh: {
      title: 'ticket 没有做 UrlEncode',
      explanation:
        'ticket 里有 +、/ 和 = 这样的字符。没有编码时，地址里的 + 会被读成空格，于是找不到这个二维码（微信返回 HTTP 404）。',
      fix: '拼接地址前对 ticket 做一次 UrlEncode（例如 encodeURIComponent），+ 会变成 %2B。',
    },
    en: {
      title: 'The ticket was not URL-encoded',
      explanation:
        'A ticket contains characters such as +, / and =. Unencoded, a + in the address reads as a space, so the QR code is not found (WeChat answers HTTP 404).',
      fix: 'URL-encode the ticket once (e.g. encodeURIComponent) before building the address; + becomes %2B.',
    },
  },
  'qr-ticket-expired': {
    severity: 'error',
    spec: 'docs/api-images.md',
    zh: {
      title: '这个临时二维码已过期',
      explanation:
        '临时二维码在创建时 expire_seconds 指定的时间之后失效，之后 showqrcode 返回 HTTP 404。',
      fix: '重新调用 qrcode/create 生成新的二维码；需要长期有效的二维码用永久二维码（QR_LIMIT_SCENE 或 QR_LIMIT_STR_SCENE）。',
    },
    en: {
      title: 'This temporary QR code has expired',
      explanation:
        'A temporary QR code stops working after the expire_seconds it was created with; showqrcode then answers HTTP 404.',
      fix: 'Call qrcode/create again for a new code; for one that never expires use a permanent code (QR_LIMIT_SCENE or QR_LIMIT_STR_SCENE).',
    },
  },
  'media-unknown': {
    severity: 'info',
    spec: 'docs/api-media.md',
    zh: {
      title: '这个公众号没有这个 media_id',
      explanation:
        '这个 media_id 从来没有在这个公众号上传过，或者已经被删除；也可能是另一个公众号的。',
      fix: '使用这个公众号上传接口返回的 media_id，注意不要混用不同公众号的素材。',
    },
    en: {
      title: 'This account has no media with this id',
      explanation:
        'The media_id was never uploaded to this account, or was deleted since; it may be another account’s.',
      fix: 'Use a media_id this account’s upload APIs answered; do not mix media between accounts.',
    },
  },
  'media-expired': {
    severity: 'info',
    spec: 'docs/api-media.md',
    zh: {
      title: '临时素材已过期',
      explanation: '临时素材在上传 3 天后失效，之后 media_id 不能再用。',
      fix: '重新上传文件得到新的 media_id；需要长期使用的文件用 add_material 上传为永久素材。',
    },
    en: {
      title: 'The temporary media expired',
      explanation:
        'Temporary media expire 3 days after upload; the media_id is useless after that.',
      fix: 'Upload the file again for a new media_id; upload files you keep as permanent material with add_material.',
    },
  },
  'media-not-temporary': {
    severity: 'info',
    spec: 'docs/api-media.md',
    zh: {
      title: '这个 media_id 是永久素材',
      explanation: 'media/get 只能取临时素材，这个 media_id 属于永久素材。',
      fix: '永久素材用 material/get_material 读取。',
    },
    en: {
      title: 'This media_id is permanent material',
      explanation: 'media/get reads temporary media only, and this media_id is permanent material.',
      fix: 'Read permanent material with material/get_material.',
    },
  },
  'media-not-permanent': {
    severity: 'info',
    spec: 'docs/api-media.md',
    zh: {
      title: '这个 media_id 是临时素材',
      explanation:
        '永久素材接口（get_material、del_material）只认永久素材，这个 media_id 是临时素材。',
      fix: '临时素材用 media/get 读取，它会在 3 天后自动失效，不需要删除。',
    },
    en: {
      title: 'This media_id is temporary media',
      explanation:
        'The permanent-material APIs (get_material, del_material) take permanent material only, and this media_id is temporary.',
      fix: 'Read temporary media with media/get; they expire by themselves after 3 days, no need to delete them.',
    },
  },
  'body-not-multipart': {
    severity: 'info',
    spec: 'docs/api-media.md',
    zh: {
      title: '上传请求不是 multipart/form-data',
      explanation:
        '上传接口只从 multipart/form-data 请求体里读取文件，这个请求是别的格式，所以没有找到文件。',
      fix: '用 multipart/form-data 上传，文件放在名为 media 的字段里，不要把文件内容直接作为请求体或放进 JSON。',
    },
    en: {
      title: 'The upload is not multipart/form-data',
      explanation:
        'Upload APIs read the file from a multipart/form-data body only; this body is something else, so no file was found.',
      fix: 'Upload as multipart/form-data with the file in a field named media, not as the raw body or inside JSON.',
    },
  },
  'multipart-without-media-part': {
    severity: 'info',
    spec: 'docs/api-media.md',
    zh: {
      title: 'multipart 请求里没有名为 media 的文件字段',
      explanation:
        '请求是 multipart/form-data，但文件不在 media 字段里（字段名写成了 file 之类）。',
      fix: '把文件字段的名字改成 media，并带上文件名。',
    },
    en: {
      title: 'The multipart body has no file field named media',
      explanation:
        'The body is multipart/form-data, but the file is not in a field named media (it is called file or similar).',
      fix: 'Name the file field media, and give it a filename.',
    },
  },
  'video-description-missing': {
    severity: 'info',
    spec: 'docs/api-media.md',
    zh: {
      title: '上传永久视频时缺少 description',
      explanation: '用 add_material 上传视频时，除了文件还要有 description 字段，写明标题和简介。',
      fix: '在 multipart 里加上 description 字段，值为 {"title":"…","introduction":"…"}。',
    },
    en: {
      title: 'The permanent video has no description',
      explanation:
        'Uploading a video with add_material needs a description field beside the file, with its title and introduction.',
      fix: 'Add a description field to the multipart body: {"title":"…","introduction":"…"}.',
    },
  },
  'thumb-not-permanent-image': {
    severity: 'info',
    spec: 'docs/api-messaging.md',
    zh: {
      title: '草稿的封面不是永久图片素材',
      explanation:
        '草稿文章的 thumb_media_id 必须是永久图片素材；临时素材、其他类型的素材或不存在的 ID 都不行。',
      fix: '先用 material/add_material（type=image）上传封面图片，再把返回的 media_id 填进 thumb_media_id。',
    },
    en: {
      title: 'The draft’s cover is not a permanent image',
      explanation:
        'A draft article’s thumb_media_id must be a permanent image; temporary media, other kinds or unknown ids do not do.',
      fix: 'Upload the cover with material/add_material (type=image) first, then put the media_id it answers in thumb_media_id.',
    },
  },
  'unknown-tag': {
    severity: 'info',
    spec: 'docs/api-messaging.md',
    zh: {
      title: '群发的标签不存在',
      explanation:
        '按标签群发时，公众号没有这个标签，也没有用户带着它。微信对此只回答 -1（系统繁忙），不说明原因；mpsim 在这里替你指出来。',
      fix: '使用 tags/get 里存在的标签 id；要发给所有粉丝时用 is_to_all: true。',
    },
    en: {
      title: 'The mass send’s tag does not exist',
      explanation:
        'The account has no such tag and no user carries it. WeChat only answers -1 (system busy) without saying why; mpsim points it out here.',
      fix: 'Use a tag id that tags/get lists; to reach every follower send is_to_all: true.',
    },
  },
  'unknown-tag-id': {
    severity: 'info',
    spec: 'docs/api-audience.md',
    zh: {
      title: '个性化菜单匹配的标签不存在',
      explanation: 'matchrule 里的 tag_id 不是这个公众号的标签。',
      fix: '先用 tags/create 创建标签，或者从 tags/get 里选一个已有的 id。',
    },
    en: {
      title: 'The personalised menu’s tag does not exist',
      explanation: 'The tag_id in matchrule is not one of the account’s tags.',
      fix: 'Create the tag with tags/create first, or pick an id from tags/get.',
    },
  },
  'client-platform-type': {
    severity: 'info',
    spec: 'docs/api-audience.md',
    zh: {
      title: 'client_platform_type 的取值无效',
      explanation: 'client_platform_type 只能是 1（iOS）、2（Android）或 3（其他）。',
      fix: '填 1、2 或 3，或者不填这一项。',
    },
    en: {
      title: 'Invalid client_platform_type',
      explanation: 'client_platform_type must be 1 (iOS), 2 (Android) or 3 (others).',
      fix: 'Send 1, 2 or 3, or leave it out.',
    },
  },
  'too-many-link-domains': {
    severity: 'info',
    spec: 'docs/api-audience.md',
    zh: {
      title: '个性化菜单链接的域名超过 3 个',
      explanation: '所有个性化菜单里的网页链接加起来最多只能指向 3 个不同的域名。',
      fix: '把链接集中到 3 个以内的域名，或者删掉不用的个性化菜单。',
    },
    en: {
      title: 'Personalised menus link to more than 3 domains',
      explanation: 'All personalised menus together may link to 3 different domains at most.',
      fix: 'Keep the links on 3 domains or fewer, or delete personalised menus you no longer use.',
    },
  },
  'audience-not-stored': {
    severity: 'info',
    spec: 'docs/api-audience.md',
    zh: {
      title: 'mpsim 无法保存标签或黑名单',
      explanation: '这是 mpsim 的问题，不是你的 bot 的：写入工作区文件失败，所以返回了 -1。',
      fix: '检查工作区目录是否可写、磁盘是否已满，然后重试。',
    },
    en: {
      title: 'mpsim could not save the tags or blacklist',
      explanation:
        'This is mpsim’s problem, not your bot’s: writing the workspace file failed, so it answered -1.',
      fix: 'Check that the workspace folder is writable and the disk is not full, then try again.',
    },
  },
}

export function isPlatformNoteCode(code: string): code is PlatformNoteCode {
  return Object.hasOwn(PLATFORM_NOTE_TEXT, code)
}
