/**
 * What the errcodes of the media, audience and messaging APIs mean (docs/api-media.md,
 * docs/api-audience.md, docs/api-messaging.md), in zh-CN and English. The ones a bot commonly meets
 * also say why they happen and what fixes them. Merged into WECHAT_ERRCODE_TEXT (wechat-errcodes.ts).
 */
import type { ErrcodeText } from './wechat-errcodes'

type Entry = { readonly zh: ErrcodeText; readonly en: ErrcodeText }

/** Meaning only, both languages: [zh, en]. */
export const PLATFORM_MEANINGS: Readonly<Record<number, readonly [string, string]>> = {
  40006: ['文件大小无效', 'Invalid file size'],
  40059: ['msg_id 无效', 'Invalid msg_id'],
  40092: ['备注名无效（太长）', 'Invalid remark (too long)'],
  40102: ['行业 ID 无效', 'Invalid industry id'],
  41006: ['缺少 media_id', 'media_id missing'],
  43100: ['修改所属行业太频繁', 'Industry changed too often'],
  45001: ['多媒体文件超过大小限制', 'Media file too large'],
  45034: ['素材库中的素材数量已达上限', 'The material library is full'],
  45057: ['粉丝太多的标签不能删除', 'A tag with too many followers cannot be deleted'],
  45058: ['系统标签不能修改或删除', 'System tags cannot be changed or deleted'],
  45067: ['clientmsgid 太长', 'clientmsgid too long'],
  45072: ['command 的取值无效', 'Invalid command'],
  53600: ['article_id 无效', 'Invalid article_id'],
  65316: ['个性化菜单链接的域名太多', 'Personalised menus link to too many domains'],
  65320: [
    '匹配规则含有已不再支持的性别、地区或语言条件',
    'The match rule uses sex, region or language, no longer supported',
  ],
  65400: ['没有开通新版客服功能', 'The new customer service is not enabled'],
  65403: ['客服昵称无效', 'Invalid customer-service nickname'],
  65404: ['客服账号无效', 'Invalid customer-service account'],
  65405: ['客服账号数量已达上限', 'Too many customer-service accounts'],
}

/** A size errcode of media/upload and add_material: the kind of file and its limit. */
function sizeEntry(zhKind: string, enKind: string, zhLimit: string, enLimit: string): Entry {
  return {
    zh: {
      meaning: `${zhKind}文件大小无效`,
      explanation: `${zhKind}文件超过了大小上限：${zhLimit}。`,
      fix: `上传前压缩${zhKind}，或者检查上传的是不是想传的那个文件。`,
    },
    en: {
      meaning: `Invalid ${enKind} size`,
      explanation: `The ${enKind} is over the size limit: ${enLimit}.`,
      fix: `Compress the ${enKind} before uploading, or check that the right file is sent.`,
    },
  }
}

/** The codes a bot commonly meets, with why and what to do. */
export const PLATFORM_EXPLAINED: Readonly<Record<number, Entry>> = {
  40004: {
    zh: {
      meaning: '媒体文件类型无效',
      explanation:
        'media/upload 和 add_material 的 type 参数只能是 image、voice、video 或 thumb；batchget_material 的 type 也要是素材类型之一。',
      fix: '在查询字符串里带上正确的 type，例如 ?type=image。',
    },
    en: {
      meaning: 'Invalid media type',
      explanation:
        'The type parameter of media/upload and add_material must be image, voice, video or thumb; batchget_material needs one of the material types too.',
      fix: 'Send the right type in the query string, e.g. ?type=image.',
    },
  },
  40005: {
    zh: {
      meaning: '文件格式无效',
      explanation:
        '文件格式不是这种类型允许的：图片 PNG/JPEG/GIF（永久素材也可以 BMP），语音 AMR/MP3（永久素材也可以 WMA/WAV），视频 MP4，缩略图 JPG；uploadimg 只收 JPG/PNG。格式按文件内容判断，文件名也必须带对应的扩展名。',
      fix: '上传正确格式的文件，并给 multipart 里的文件一个带扩展名的文件名（直接上传内存数据的 SDK 常常漏掉文件名）。',
    },
    en: {
      meaning: 'Invalid file format',
      explanation:
        'The format is not one this type allows: images PNG/JPEG/GIF (permanent ones also BMP), voice AMR/MP3 (permanent also WMA/WAV), video MP4, thumbs JPG; uploadimg takes JPG/PNG only. The format is read from the bytes, and the filename must carry a matching extension.',
      fix: 'Upload a file in the right format, and give the multipart file a filename with its extension (SDKs that upload a buffer often leave it out).',
    },
  },
  40007: {
    zh: {
      meaning: 'media_id 无效',
      explanation:
        '没有这个 media_id，或者它已经过期，或者种类不对：临时素材上传 3 天后失效；media/get 只取临时素材，get_material 和 del_material 只认永久素材；草稿的封面 thumb_media_id 必须是永久图片素材。',
      fix: '临时素材超过 3 天就重新上传（保存 media_id 时一起记下 created_at）；需要长期使用的文件用 add_material 上传，并用对应种类的接口读取。',
    },
    en: {
      meaning: 'Invalid media_id',
      explanation:
        'No media has this id, or it expired, or it is the other kind: temporary media expire 3 days after upload; media/get reads temporary media only, get_material and del_material permanent ones only; a draft’s thumb_media_id must be a permanent image.',
      fix: 'Upload temporary media again once they are 3 days old (keep created_at with the media_id); upload files you keep with add_material, and read each kind with its own API.',
    },
  },
  40009: sizeEntry(
    '图片',
    'image',
    '临时和永久图片 10 MB，uploadimg 的图片要小于 1 MB',
    '10 MB for temporary and permanent images, under 1 MB for uploadimg',
  ),
  40010: sizeEntry('语音', 'voice', '2 MB', '2 MB'),
  40011: sizeEntry('视频', 'video', '10 MB', '10 MB'),
  40012: sizeEntry('缩略图', 'thumb', '64 KB', '64 KB'),
  41005: {
    zh: {
      meaning: '缺少多媒体文件数据',
      explanation:
        '请求里没有文件：上传接口要求 multipart/form-data，文件放在名为 media 的字段里。',
      fix: '用 multipart/form-data 发送，文件字段名写 media，并带上文件名。',
    },
    en: {
      meaning: 'Media data missing',
      explanation:
        'The request carries no file: upload APIs take multipart/form-data with the file in a field named media.',
      fix: 'Send multipart/form-data with the file in the field media, with a filename.',
    },
  },
  45007: {
    zh: {
      meaning: '语音播放时间超过限制',
      explanation: '语音素材最长 60 秒。',
      fix: '把语音剪到 60 秒以内再上传。',
    },
    en: {
      meaning: 'Voice too long',
      explanation: 'A voice file may play 60 seconds at most.',
      fix: 'Cut the voice to 60 seconds or less before uploading.',
    },
  },
  45056: {
    zh: {
      meaning: '标签数量已达上限',
      explanation: '一个公众号最多有 100 个标签。',
      fix: '先用 tags/delete 删除不用的标签，再创建新的。',
    },
    en: {
      meaning: 'Too many tags',
      explanation: 'An account has at most 100 tags.',
      fix: 'Delete unused tags with tags/delete before creating new ones.',
    },
  },
  45059: {
    zh: {
      meaning: '用户身上的标签太多',
      explanation: '一个用户最多带 20 个标签，列表里有用户已经到了上限。',
      fix: '先用 tags/members/batchuntagging 去掉这个用户的一些标签，再打新标签。',
    },
    en: {
      meaning: 'A user has too many tags',
      explanation: 'A user carries at most 20 tags, and a user in the list already has 20.',
      fix: 'Take some tags off that user with tags/members/batchuntagging first.',
    },
  },
  45157: {
    zh: {
      meaning: '标签名无效',
      explanation: '标签名为空，或者和公众号已有的标签重名（tags/create、tags/update）。',
      fix: '换一个不为空、没有用过的名字；已有的标签可以用 tags/get 查看。',
    },
    en: {
      meaning: 'Invalid tag name',
      explanation:
        'The name is blank or another tag of the account has it (tags/create, tags/update).',
      fix: 'Pick a non-blank name not used yet; tags/get lists the existing tags.',
    },
  },
  45158: {
    zh: {
      meaning: '标签名太长',
      explanation: '标签名最长 30 个字节，也就是 10 个汉字。',
      fix: '缩短标签名。注意长度按 UTF-8 字节计算，不是按字数。',
    },
    en: {
      meaning: 'Tag name too long',
      explanation: 'A tag name is at most 30 bytes: 10 Chinese characters.',
      fix: 'Shorten the name; the length counts UTF-8 bytes, not characters.',
    },
  },
  45159: {
    zh: {
      meaning: '标签 ID 无效',
      explanation:
        '公众号没有这个标签（已删除，或者从来没有创建过）。tags/update、tags/delete、批量打标签、user/tag/get 和个性化菜单的 tag_id 都会检查。',
      fix: '使用 tags/create 返回的 id，或者从 tags/get 的列表里取。',
    },
    en: {
      meaning: 'Invalid tag id',
      explanation:
        'The account has no tag with this id (deleted, or never created). tags/update, tags/delete, batch tagging, user/tag/get and a personalised menu’s tag_id all check it.',
      fix: 'Use the id tags/create answered, or one from tags/get.',
    },
  },
  49003: {
    zh: {
      meaning: 'openid 不属于这个公众号',
      explanation: '同一个微信用户在不同公众号下的 openid 不同，这个 openid 是另一个公众号的。',
      fix: '使用这个公众号收到的消息或 user/get 返回的 openid。',
    },
    en: {
      meaning: 'The openid is not this account’s',
      explanation:
        'A WeChat user has a different openid for each account; this one is another account’s.',
      fix: 'Use openids from this account’s own messages or from user/get.',
    },
  },
  45065: {
    zh: {
      meaning: '相同 clientmsgid 的群发已经提交过',
      explanation:
        '24 小时内用同一个 clientmsgid 再次群发，微信不会重复发送，而是返回之前那次群发的 msg_id。这是防止重复群发的保护。',
      fix: '把这个回答当作“已经发过”处理，使用返回的 msg_id；真的要发新的群发时换一个 clientmsgid。',
    },
    en: {
      meaning: 'A mass send with this clientmsgid was already submitted',
      explanation:
        'Sending again with the same clientmsgid within 24 hours sends nothing; WeChat answers the earlier send’s msg_id. It guards against sending twice.',
      fix: 'Treat it as “already sent” and use the msg_id in the answer; give a genuinely new send a new clientmsgid.',
    },
  },
  45066: {
    zh: {
      meaning: '相同 clientmsgid 重试太快',
      explanation: '1 分钟内用同一个 clientmsgid 又调用了群发接口，通常是请求超时后立刻重试。',
      fix: '等待第一次调用的结果，不要马上重试；1 分钟后再重试会得到 45065 和原来的 msg_id。',
    },
    en: {
      meaning: 'Same clientmsgid retried too fast',
      explanation:
        'The mass-send API was called again with the same clientmsgid within a minute, usually an instant retry after a timeout.',
      fix: 'Wait for the first call’s answer instead of retrying at once; a retry after a minute answers 45065 with the original msg_id.',
    },
  },
  40037: {
    zh: {
      meaning: 'template_id 无效',
      explanation:
        'template_id 不是这个公众号“我的模板”里的模板：发送模板消息和 del_private_template 只认公众号自己添加的模板 ID（api_add_template 的模板编号则要在模板库里）。',
      fix: '从 get_all_private_template 或 api_add_template 的返回里复制长的 template_id，不要用模板库里的短编号（如 TM00015）。',
    },
    en: {
      meaning: 'Invalid template_id',
      explanation:
        'The template_id is not one of this account’s own templates: sending a template message and del_private_template take only ids the account added (api_add_template’s short id must be in the template library).',
      fix: 'Copy the long template_id from get_all_private_template or from api_add_template’s answer, not the library’s short id (such as TM00015).',
    },
  },
  45026: {
    zh: {
      meaning: '模板数量已达上限',
      explanation: '一个公众号最多添加 25 个模板。',
      fix: '用 del_private_template 删掉不用的模板，再添加新的。',
    },
    en: {
      meaning: 'Too many templates',
      explanation: 'An account may add 25 templates at most.',
      fix: 'Delete unused ones with del_private_template before adding another.',
    },
  },
  45080: {
    zh: {
      meaning: '用户最近没有互动，不能显示“正在输入”',
      explanation:
        '只有用户刚刚和公众号互动过（微信：30 秒内；mpsim 按客服消息窗口判断）才能下发“正在输入”状态。',
      fix: '在收到用户消息、准备回复时立即调用 custom/typing，不要在其他时候调用。',
    },
    en: {
      meaning: 'No recent exchange with the user, so no typing status',
      explanation:
        'The typing status is allowed only right after the user interacted (WeChat: within 30 seconds; mpsim uses the customer-service window).',
      fix: 'Call custom/typing as soon as the user’s message arrives and you start on the answer, not at other times.',
    },
  },
  45081: {
    zh: {
      meaning: '已经在“正在输入”状态',
      explanation: '15 秒内重复发送了 Typing。发送客服消息或 CancelTyping 会结束输入状态。',
      fix: '每次回复只发一次 Typing，然后发送消息；需要保持状态时至少间隔 15 秒再发。',
    },
    en: {
      meaning: 'Already typing',
      explanation:
        'Typing was sent again within 15 seconds. A customer-service message or CancelTyping ends the status.',
      fix: 'Send Typing once per answer, then the message; to keep it showing, repeat no sooner than every 15 seconds.',
    },
  },
  65301: {
    zh: {
      meaning: '没有这个个性化菜单',
      explanation: 'delconditional 的 menuid 不是这个公众号的个性化菜单（可能已经删除）。',
      fix: '使用 addconditional 返回的 menuid，或者从 menu/get 的 conditionalmenu 里取。',
    },
    en: {
      meaning: 'No such personalised menu',
      explanation:
        'The menuid given to delconditional is not one of the account’s personalised menus (perhaps deleted).',
      fix: 'Use the menuid addconditional answered, or one from the conditionalmenu list of menu/get.',
    },
  },
  65302: {
    zh: {
      meaning: '没有这个用户',
      explanation: 'menu/trymatch 的 user_id 不是这个公众号的用户。',
      fix: '传这个公众号的粉丝的 openid。',
    },
    en: {
      meaning: 'No such user',
      explanation: 'The user_id given to menu/trymatch is not a user of this account.',
      fix: 'Send the openid of one of this account’s followers.',
    },
  },
  65303: {
    zh: {
      meaning: '还没有默认菜单',
      explanation: '个性化菜单要在默认菜单之上创建，公众号还没有默认菜单。',
      fix: '先用 menu/create 创建默认菜单，再调用 addconditional。',
    },
    en: {
      meaning: 'No default menu yet',
      explanation: 'Personalised menus build on the default menu, and the account has none yet.',
      fix: 'Create the default menu with menu/create first, then call addconditional.',
    },
  },
  65304: {
    zh: {
      meaning: '匹配规则为空',
      explanation: 'addconditional 没有 matchrule，或者其中每一项都是空的（空字符串也算没填）。',
      fix: '在 matchrule 里至少填写 tag_id 或 client_platform_type 中的一项。',
    },
    en: {
      meaning: 'Match rule empty',
      explanation:
        'addconditional got no matchrule, or every field in it is empty (empty strings count as unset).',
      fix: 'Fill at least one of tag_id or client_platform_type in matchrule.',
    },
  },
  65305: {
    zh: {
      meaning: '个性化菜单数量已达上限',
      explanation: '公众号的个性化菜单太多了（mpsim 允许 100 个）。',
      fix: '用 menu/delconditional 删掉不用的个性化菜单。',
    },
    en: {
      meaning: 'Too many personalised menus',
      explanation: 'The account has too many personalised menus (mpsim allows 100).',
      fix: 'Delete unused ones with menu/delconditional.',
    },
  },
  65401: {
    zh: {
      meaning: '客服账号无效',
      explanation:
        '没有这个客服账号。客服账号的完整写法是“前缀@公众号微信号”，kfaccount/update、kfaccount/del、上传头像和带 customservice.kf_account 的客服消息都会检查。',
      fix: '使用 getkflist 列出的完整 kf_account；账号还不存在时先用 kfaccount/add 添加。',
    },
    en: {
      meaning: 'Invalid customer-service account',
      explanation:
        'No such customer-service account. Its full form is “prefix@the account’s WeChat ID”; kfaccount/update, kfaccount/del, the avatar upload and a customer-service message with customservice.kf_account all check it.',
      fix: 'Use the full kf_account as getkflist lists it; add a missing account with kfaccount/add first.',
    },
  },
  65406: {
    zh: {
      meaning: '客服账号已存在',
      explanation: 'kfaccount/add 要添加的账号已经有了。',
      fix: '要修改昵称或密码请用 kfaccount/update，或者换一个前缀。',
    },
    en: {
      meaning: 'Customer-service account already exists',
      explanation: 'kfaccount/add was given an account that already exists.',
      fix: 'Change its nickname or password with kfaccount/update, or pick another prefix.',
    },
  },
}
