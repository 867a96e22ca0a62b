/**
 * Words for why a capture import skipped something (docs/replay.md "Import"), in zh-CN and
 * English. The importer reports the reason code and the parser's own words (detail); the Replay
 * panel and the CLI read this table.
 */
import type { SkipReason } from '../model/capture'
import type { Explanation } from './types'

export const CAPTURE_SKIP_TEXT: Record<SkipReason, Explanation> = {
  'not-xml': {
    zh: {
      title: '不是 XML',
      explanation: '这段内容不是格式正确的 XML，微信推送给公众号的消息都是 XML。',
      fix: '确认导入的是推送请求的消息体，而不是响应、JSON 接口调用或被截断的内容。',
    },
    en: {
      title: 'Not XML',
      explanation: 'This is not well-formed XML, and every push WeChat sends a bot is XML.',
      fix: 'Import the body of the push request itself, not a response, a JSON API call or a truncated copy.',
    },
  },
  'not-a-push': {
    zh: {
      title: '不是微信推送',
      explanation:
        '这是 XML，但不是微信推送的消息或事件：根元素不是 <xml>、缺少 MsgType，或 MsgType/Event 不在消息目录里；也可能是 API 调用、URL 验证等其他记录。',
      fix: '只有推送给公众号服务器的消息和事件可以回放；其他记录可以在检查器里查看。',
    },
    en: {
      title: 'Not a WeChat push',
      explanation:
        'This is XML, but not a message or event WeChat pushes: the root is not <xml>, there is no MsgType, or the MsgType/Event is not in the catalogue — or it is another kind of record (an API call, URL verification …).',
      fix: 'Only messages and events pushed to the bot can be replayed; other records can be viewed in the inspector.',
    },
  },
  undecryptable: {
    zh: {
      title: '无法用当前密钥解密',
      explanation:
        '这是加密的推送（安全模式），但工作区里所有公众号的当前和上一个 EncodingAESKey 都解不开它的 Encrypt。',
      fix: '在“设置”里填入抓包时公众号使用的 EncodingAESKey（修改过密钥的话，填到“上一个密钥”），再重新导入。',
    },
    en: {
      title: 'Cannot be decrypted with the current key',
      explanation:
        "This is an encrypted push (safe mode), but no account's current or previous EncodingAESKey in the workspace opens its Encrypt.",
      fix: 'In Settings, enter the EncodingAESKey the account used when the capture was made (as the previous key if it has changed since), then import again.',
    },
  },
  empty: {
    zh: {
      title: '内容为空',
      explanation: '文件或请求体是空的（或只有空白）。',
      fix: '检查抓包工具是否保存了请求体；有些工具默认不保存。',
    },
    en: {
      title: 'Empty',
      explanation: 'The file or request body is empty (or only whitespace).',
      fix: 'Check that the capture tool saved request bodies; some leave them out by default.',
    },
  },
  'too-large': {
    zh: {
      title: '太大',
      explanation:
        '它超出了导入的上限：一条推送只有几 KB，超过 1 MB 的消息体、超过 256 MB 的文件或超过一万个文件的文件夹不会被读取。',
      fix: '只导入包含推送的文件，或把大的抓包拆成几份。',
    },
    en: {
      title: 'Too large',
      explanation:
        'It is over the import limits: a push is a few KB, so bodies over 1 MB, files over 256 MB and folders of more than 10,000 files are not read.',
      fix: 'Import only the files that hold pushes, or split a large capture into parts.',
    },
  },
  unreadable: {
    zh: {
      title: '无法读取',
      explanation: '文件无法打开或读取（权限、已被删除），或者内容看起来是 JSON 但无法解析。',
      fix: '检查文件权限和内容是否完整，详情里有具体原因。',
    },
    en: {
      title: 'Unreadable',
      explanation:
        'The file could not be opened or read (permissions, removed), or it looks like JSON but does not parse.',
      fix: 'Check the file’s permissions and that it is complete; Details give the exact cause.',
    },
  },
  'not-har': {
    zh: {
      title: '不是有效的 HAR',
      explanation: '文件名或结构看起来是 HAR，但它不是有效的 JSON，或缺少 log.entries 或请求。',
      fix: '在浏览器开发者工具、Charles、mitmproxy 或 Fiddler 里重新导出为 HAR（含内容）。',
    },
    en: {
      title: 'Not a valid HAR',
      explanation:
        'Its name or shape says HAR, but it is not valid JSON, or it lacks log.entries or a request.',
      fix: 'Export the HAR again (with content) from the browser devtools, Charles, mitmproxy or Fiddler.',
    },
  },
  'not-a-post': {
    zh: {
      title: '不是 POST 请求',
      explanation: '微信用 POST 推送消息；GET 请求（URL 验证、页面、图片等）不是推送。',
      fix: '无需处理：抓包里的其他流量会被跳过。URL 验证可以在“设置”里用“验证 URL”单独测试（命令行：mpsim verify）。',
    },
    en: {
      title: 'Not a POST',
      explanation:
        'WeChat pushes with POST; a GET (URL verification, pages, images …) is not a push.',
      fix: 'Nothing to do: the other traffic in a capture is skipped. Test URL verification with Settings › Verify URL (or mpsim verify) instead.',
    },
  },
  'not-an-exchange': {
    zh: {
      title: '不是 mpsim 的记录',
      explanation: '这一行或这一项不是 mpsim 交互日志或导出文件里的记录。',
      fix: '导入 mpsim 写下的 exchanges.ndjson，或检查器“导出”得到的 JSON/NDJSON 文件，不要手工修改。',
    },
    en: {
      title: 'Not an mpsim exchange',
      explanation: 'This line or item is not a record of mpsim’s exchange log or of an export.',
      fix: 'Import the exchanges.ndjson mpsim wrote, or a JSON/NDJSON file from the inspector’s Export, unedited.',
    },
  },
}
