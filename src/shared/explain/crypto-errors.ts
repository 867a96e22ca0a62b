/**
 * Words for the WXBizMsgCrypt failure codes (protocol.md §8.6), in zh-CN and English. The core reports
 * the code and structured detail; the renderer and the CLI read this table.
 */
import type { CryptoErrorCode } from '../model/crypto-codes'
import type { Explanation } from './types'

export const CRYPTO_ERROR_TEXT: Record<CryptoErrorCode, Explanation> = {
  ValidateSignature_Error: {
    zh: {
      title: '签名校验失败',
      explanation:
        'msg_signature 与按 Token、timestamp、nonce、Encrypt 字典序排序后计算的 sha1 不一致。',
      fix: '确认使用的 Token 与公众平台“服务器配置”一致，并且用的是消息体里原样的 Encrypt 值（不要 URL 解码或去空格）。',
    },
    en: {
      title: 'Signature mismatch',
      explanation:
        'msg_signature differs from the sha1 of Token, timestamp, nonce and Encrypt sorted byte-wise.',
      fix: 'Use the Token configured on the platform, and the Encrypt value exactly as it appears in the body (no URL-decoding, no trimming).',
    },
  },
  ParseXml_Error: {
    zh: {
      title: 'XML 解析失败',
      explanation: '消息体不是合法的 XML，或者缺少 Encrypt 元素。',
      fix: '检查消息体是否完整，安全模式下必须包含 <Encrypt>。',
    },
    en: {
      title: 'XML parse error',
      explanation: 'The body is not well-formed XML, or it has no Encrypt element.',
      fix: 'Check the body is complete; in safe mode it must contain <Encrypt>.',
    },
  },
  ComputeSignature_Error: {
    zh: {
      title: '计算签名失败',
      explanation: '计算 sha1 时出错。',
      fix: '检查 Token、timestamp、nonce 是否为字符串。',
    },
    en: {
      title: 'Signature computation failed',
      explanation: 'The sha1 could not be computed.',
      fix: 'Check that Token, timestamp and nonce are strings.',
    },
  },
  IllegalAesKey: {
    zh: {
      title: 'EncodingAESKey 不合法',
      explanation:
        'EncodingAESKey 必须恰好是 43 个英文字母或数字，补一个“=”后按 base64 解码得到 32 字节的 AES 密钥。',
      fix: '从公众平台“服务器配置”里完整复制 43 位的 EncodingAESKey，注意不要多复制空格或少复制字符。',
    },
    en: {
      title: 'Invalid EncodingAESKey',
      explanation:
        'An EncodingAESKey is exactly 43 letters or digits; with one "=" appended it base64-decodes to the 32-byte AES key.',
      fix: 'Copy all 43 characters of the EncodingAESKey from the platform settings, without spaces.',
    },
  },
  ValidateAppid_Error: {
    zh: {
      title: 'AppID 校验失败',
      explanation: '解密成功，但明文末尾的 AppID 与本公众号的 AppID 不一致。',
      fix: '确认解密时使用的是这个公众号的 AppID；多个公众号共用一个服务器时，要按 ToUserName 选对配置。',
    },
    en: {
      title: 'AppID mismatch',
      explanation:
        'Decryption worked, but the AppID at the end of the plaintext is not this account’s AppID.',
      fix: 'Decrypt with this account’s AppID; if one server serves several accounts, pick the settings by ToUserName.',
    },
  },
  EncryptAES_Error: {
    zh: {
      title: 'AES 加密失败',
      explanation: '加密时出错，例如随机前缀不是 16 字节。',
      fix: '随机前缀必须正好 16 字节；检查 EncodingAESKey。',
    },
    en: {
      title: 'AES encryption failed',
      explanation: 'Encryption failed, e.g. the random prefix is not 16 bytes.',
      fix: 'The random prefix must be exactly 16 bytes; check the EncodingAESKey.',
    },
  },
  DecryptAES_Error: {
    zh: {
      title: 'AES 解密失败',
      explanation: '密文长度不是 AES 分组（16 字节）的整数倍，无法解密。',
      fix: '确认 Encrypt 没有被截断或改动；注意 base64 里的“+”在表单解码时可能被变成空格。',
    },
    en: {
      title: 'AES decryption failed',
      explanation: 'The ciphertext length is not a multiple of the 16-byte AES block.',
      fix: 'Make sure Encrypt was not truncated or altered; a form decoder may turn "+" into a space.',
    },
  },
  IllegalBuffer: {
    zh: {
      title: '解密结果不合法',
      explanation:
        '解密后的数据结构不对：补位值不在 1..32 之间或声明的消息长度超出数据。几乎总是因为 EncodingAESKey 不对（用错了公众号的密钥，或密钥已更换）。',
      fix: '核对 EncodingAESKey；公众平台更换密钥后，推送可能仍用旧密钥一段时间，请同时保留新旧两个密钥依次尝试。也要确认补位按 32 字节块（不是 16）。',
    },
    en: {
      title: 'Decrypted data is malformed',
      explanation:
        'The decrypted bytes do not have the expected layout: the pad value is outside 1..32 or the declared length exceeds the data. This nearly always means the EncodingAESKey is wrong (another account’s key, or a key that was changed).',
      fix: 'Check the EncodingAESKey; after a key change pushes may still use the old key for a while, so keep both and try each. Pad to a 32-byte block, not 16.',
    },
  },
  EncodeBase64_Error: {
    zh: {
      title: 'base64 编码失败',
      explanation: '密文无法编码为 base64。',
      fix: '检查加密输出。',
    },
    en: {
      title: 'base64 encoding failed',
      explanation: 'The ciphertext could not be base64-encoded.',
      fix: 'Check the encryption output.',
    },
  },
  DecodeBase64_Error: {
    zh: {
      title: 'base64 解码失败',
      explanation:
        'Encrypt 不是合法的 base64（只能包含 A-Z a-z 0-9 + / 和末尾的 =，长度是 4 的倍数）。',
      fix: '确认 Encrypt 原样取自消息体；URL 或表单解码会把“+”变成空格。',
    },
    en: {
      title: 'base64 decoding failed',
      explanation:
        'Encrypt is not valid base64 (only A-Z a-z 0-9 + / and trailing =, length a multiple of 4).',
      fix: 'Take Encrypt verbatim from the body; URL or form decoding turns "+" into a space.',
    },
  },
  GenReturnXml_Error: {
    zh: {
      title: '生成回复 XML 失败',
      explanation: '无法生成加密回复的 XML 外壳。',
      fix: '检查回复内容。',
    },
    en: {
      title: 'Reply XML generation failed',
      explanation: 'The encrypted reply envelope could not be built.',
      fix: 'Check the reply content.',
    },
  },
}
