/**
 * Words for encrypted replies (protocol.md §7.3 "Encrypted replies", §8.3-§8.5, §2 key change): which
 * mode wants which kind of reply, and each step of checking the envelope. Where a WXBizMsgCrypt
 * code applies, the detail carries it as cryptoCode/wxbizCode (see crypto-errors.ts).
 * Part of REPLY_PROBLEM_TEXT (reply-problems.ts).
 */
import type { ReplyProblemCode } from '../model/reply-problem-codes'
import type { Explanation } from './types'

export const REPLY_ENVELOPE_TEXT = {
  'plaintext-reply-in-safe-mode': {
    zh: {
      title: '安全模式下回复了明文',
      explanation:
        '推送带有 encrypt_type=aes，公众号处于安全模式：被动回复必须是加密外壳 <xml><Encrypt/><MsgSignature/><TimeStamp/><Nonce/></xml>。明文回复会被拒绝，用户看到“该公众号暂时无法提供服务”。（兼容模式才接受明文回复；success 和空回复不需要加密。）',
      fix: '用和解密推送相同的 Token、EncodingAESKey、AppID 加密回复。wechatpy：crypto = WeChatCrypto(token, aes_key, appid); crypto.encrypt_message(reply.render(), nonce, timestamp)。Express/node：wechat-crypto 的 encrypt() 后自己拼外壳并计算 MsgSignature。',
    },
    en: {
      title: 'Plaintext reply in safe mode',
      explanation:
        'The push carried encrypt_type=aes and the account is in safe mode: the reply must be the encrypted envelope <xml><Encrypt/><MsgSignature/><TimeStamp/><Nonce/></xml>. A plaintext reply is refused and the user sees the service-unavailable tip. (Compatible mode accepts plaintext; success and empty bodies need no encryption.)',
      fix: 'Encrypt the reply with the same Token, EncodingAESKey and AppID used to decrypt the push. wechatpy: WeChatCrypto(token, aes_key, appid).encrypt_message(reply.render(), nonce, timestamp). Node: wechat-crypto’s encrypt(), then build the envelope and its MsgSignature.',
    },
  },
  'envelope-in-plain-mode': {
    zh: {
      title: '明文模式下回复了加密外壳',
      explanation:
        '这条推送是明文模式（没有 encrypt_type=aes），回复却是加密外壳。微信在外壳里找不到 MsgType 等字段，按异常数据处理。',
      fix: '根据推送 URL 上的 encrypt_type 决定是否加密：为 aes 时加密回复，否则回复明文。不要只看本地配置。',
    },
    en: {
      title: 'Encrypted envelope in plaintext mode',
      explanation:
        'This push was plaintext (no encrypt_type=aes) but the reply is an encrypted envelope. WeChat finds no MsgType and the other fields in it and treats it as invalid data.',
      fix: 'Decide by the push’s encrypt_type query parameter: encrypt when it is aes, reply in plaintext otherwise — not by a local setting alone.',
    },
  },
  'envelope-field-missing': {
    zh: {
      title: '加密外壳缺少字段',
      explanation:
        '加密回复的外壳必须包含 Encrypt、MsgSignature、TimeStamp、Nonce 四个元素且不为空（下方“元素”是缺少的那个）。缺了任何一个，微信都无法校验或解密。',
      fix: '按官方格式生成外壳：<xml><Encrypt><![CDATA[…]]></Encrypt><MsgSignature><![CDATA[…]]></MsgSignature><TimeStamp>…</TimeStamp><Nonce><![CDATA[…]]></Nonce></xml>。注意大小写：TimeStamp 的 S 大写。',
    },
    en: {
      title: 'Envelope field missing',
      explanation:
        'The encrypted reply envelope needs four non-empty elements: Encrypt, MsgSignature, TimeStamp and Nonce (‘Element’ below names the missing one). Without any of them WeChat can neither verify nor decrypt.',
      fix: 'Build the envelope in the official layout: <xml><Encrypt><![CDATA[…]]></Encrypt><MsgSignature><![CDATA[…]]></MsgSignature><TimeStamp>…</TimeStamp><Nonce><![CDATA[…]]></Nonce></xml>. Mind the case: TimeStamp has a capital S.',
    },
  },
  'envelope-signature-mismatch': {
    zh: {
      title: '加密回复的 MsgSignature 不对（-40001）',
      explanation:
        'MsgSignature 应该是 Token、外壳自己的 TimeStamp、Nonce 和 Encrypt 四个字符串按字典序排序、拼接后的 sha1。重新计算的结果（下方“应为”）与回复里的（“实际值”）不一致。',
      fix: '签名用的 TimeStamp 和 Nonce 必须与外壳里写的完全相同（常见错误是签名用推送的 timestamp、外壳里却写了新的时间戳），Encrypt 用最终的 base64 字符串，Token 用公众平台配置的值。wechatpy 的 encrypt_message 会自动处理。',
    },
    en: {
      title: 'Reply MsgSignature is wrong (-40001)',
      explanation:
        'MsgSignature must be the sha1 of Token, the envelope’s own TimeStamp and Nonce, and Encrypt, sorted byte-wise and joined. The recomputed value (‘Expected’ below) differs from the reply’s (‘Got’).',
      fix: 'Sign with exactly the TimeStamp and Nonce written into the envelope (a common slip: signing with the push’s timestamp but writing a fresh one), the final base64 Encrypt, and the configured Token. wechatpy’s encrypt_message does this for you.',
    },
  },
  'envelope-decrypt-failed': {
    zh: {
      title: '加密回复无法解密',
      explanation:
        '用当前的 EncodingAESKey（以及配置了的旧密钥）都无法解密 Encrypt。下方“解密错误”是官方示例库的错误名：DecodeBase64_Error（不是合法 base64）、DecryptAES_Error（长度不是 16 的倍数）、IllegalBuffer（补位或长度不对，几乎总是密钥不对）、IllegalAesKey（密钥格式不对）。',
      fix: '用公众平台当前的 EncodingAESKey 加密，补位按 32 字节块的 PKCS#7，IV 取密钥前 16 字节，明文结构是 16 字节随机串 + 4 字节大端长度 + 消息 + AppID。优先用 wechatpy、wechat-crypto 等成熟库，不要自己实现。',
    },
    en: {
      title: 'Encrypted reply cannot be decrypted',
      explanation:
        'Neither the current EncodingAESKey nor the configured previous one decrypts Encrypt. ‘Crypto error’ below is the official sample library’s name: DecodeBase64_Error (not base64), DecryptAES_Error (length not a multiple of 16), IllegalBuffer (bad padding or length — nearly always the wrong key), IllegalAesKey (malformed key).',
      fix: 'Encrypt with the platform’s current EncodingAESKey, PKCS#7 padding to a 32-byte block, IV = first 16 key bytes, plaintext = 16 random bytes + 4-byte big-endian length + message + AppID. Prefer a proven library (wechatpy, wechat-crypto) to a hand-written one.',
    },
  },
  'envelope-appid-mismatch': {
    zh: {
      title: '加密回复里的 AppID 不对（-40005）',
      explanation:
        '解密成功，但明文末尾的 AppID（下方“实际值”）不是这个公众号的 AppID（“应为”）。微信会拒绝这条回复。',
      fix: '加密回复时传入本公众号的 AppID（wechatpy 的 WeChatCrypto 第三个参数）。一个服务器服务多个公众号时，按推送的 ToUserName 选择对应的配置。',
    },
    en: {
      title: 'Wrong AppID inside the encrypted reply (-40005)',
      explanation:
        'Decryption worked, but the AppID at the end of the plaintext (‘Got’ below) is not this account’s (‘Expected’). WeChat refuses the reply.',
      fix: 'Pass this account’s AppID when encrypting (the third argument of wechatpy’s WeChatCrypto). If one server serves several accounts, pick the settings by the push’s ToUserName.',
    },
  },
  'envelope-previous-key': {
    zh: {
      title: '回复用的是旧的 EncodingAESKey',
      explanation:
        '回复只能用更换前的旧密钥解密。更换密钥后的一段时间内微信仍接受旧密钥，但这只是过渡期，之后回复就会失败。',
      fix: '把服务器上的 EncodingAESKey 更新为公众平台当前的值。按官方建议同时保留新旧两个密钥：解密推送时依次尝试，回复用能解开推送的那个密钥加密。',
    },
    en: {
      title: 'Reply uses the previous EncodingAESKey',
      explanation:
        'The reply decrypts only with the key from before the last change. WeChat accepts the old key for a while after a change, but only during that transition; later replies will fail.',
      fix: 'Update the server’s EncodingAESKey to the platform’s current one. As the FAQ advises, keep both keys: try each on the push, and encrypt the reply with the one that worked.',
    },
  },
  'envelope-padding-irregular': {
    zh: {
      title: '补位字节不一致',
      explanation:
        'PKCS#7 补位的每个字节都应等于补位长度。官方解密代码只看最后一个字节，所以能解开，但说明加密实现有问题。',
      fix: '检查自写的补位代码：补 n 个字节，每个字节的值都是 n（n 为 1..32）。',
    },
    en: {
      title: 'Irregular padding bytes',
      explanation:
        'Every PKCS#7 pad byte should equal the pad length. The official decoder reads only the last byte, so this decrypts, but the encryption code is off.',
      fix: 'Check hand-written padding: append n bytes, each of value n (n in 1..32).',
    },
  },
  'envelope-padded-to-16': {
    zh: {
      title: '按 16 字节块补位',
      explanation:
        '微信的补位块大小是 32 字节，这条回复按 16 字节补位（常见于直接用 Node createCipheriv 自动补位或 Python 的 16 字节 PKCS7）。官方解密代码能接受，但真实微信是否接受尚未确认。',
      fix: '关闭库的自动补位（Node：cipher.setAutoPadding(false)），手工按 32 字节块补 PKCS#7；或直接使用 wechatpy、wechat-crypto。',
    },
    en: {
      title: 'Padded to a 16-byte block',
      explanation:
        'WeChat pads to 32-byte blocks; this reply was padded to 16 (typical of Node’s createCipheriv auto-padding or a 16-byte PKCS7 in Python). The official decoder accepts it; whether real WeChat does is unconfirmed.',
      fix: 'Turn off automatic padding (Node: cipher.setAutoPadding(false)) and apply PKCS#7 to a 32-byte block yourself, or use wechatpy / wechat-crypto.',
    },
  },
  'envelope-timestamp-milliseconds': {
    zh: {
      title: '外壳 TimeStamp 是毫秒',
      explanation:
        '外壳里的 TimeStamp 有 13 位，是毫秒时间戳（node-webot/wechat 就这样写）。它只参与签名计算，微信可以接受，但文档要求的是秒。',
      fix: '改成秒级时间戳：Python int(time.time())，JavaScript Math.floor(Date.now() / 1000)。签名和外壳要用同一个值。',
    },
    en: {
      title: 'Envelope TimeStamp is in milliseconds',
      explanation:
        'The envelope’s TimeStamp has 13 digits: milliseconds (node-webot/wechat writes these). It only feeds the signature and WeChat accepts it, but the doc asks for seconds.',
      fix: 'Use seconds: int(time.time()) in Python, Math.floor(Date.now() / 1000) in JavaScript — the same value in the signature and the envelope.',
    },
  },
  'success-encrypted': {
    zh: {
      title: '“success”或空回复被加密了',
      explanation:
        '文档要求 success（以及空回复）在安全模式下也以明文返回。加密后的 success 解密出来不是合法的回复 XML，会被当作异常数据。',
      fix: '不打算回复时，在加密之前就直接返回明文 success，不要把它交给加密函数。',
    },
    en: {
      title: '"success" or an empty reply was encrypted',
      explanation:
        'The doc says success (and the empty reply) are sent unencrypted even in safe mode. An encrypted success decrypts to something that is not a reply XML and counts as invalid data.',
      fix: 'When not replying, return plain success before the encryption step; do not pass it to the encrypt function.',
    },
  },
} as const satisfies Partial<Record<ReplyProblemCode, Explanation>>
