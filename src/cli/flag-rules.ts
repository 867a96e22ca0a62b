/**
 * The account flags (--token, --appid, --appsecret, --aes-key, --callback-domain) checked with the
 * very schemas the settings form and the control API use (shared/model/identifier-schemas), and
 * the callback domain with the protocol's own reading (protocol/oauth), so the CLI can never
 * accept what the app refuses or the other way round. A refusal names the flag, says the rule in
 * English and Chinese, and how to fix it; secrets are never echoed.
 */
import type { z } from 'zod'
import { decodeAesKey } from '../core/protocol/aes-key'
import { checkCallbackDomain } from '../core/protocol/oauth'
import { OAUTH_PROBLEM_TEXT } from '../shared/explain/oauth-problems'
import {
  appIdSchema,
  appSecretSchema,
  callbackDomainSchema,
  encodingAesKeySchema,
  tokenSchema,
} from '../shared/model/identifier-schemas'
import type { CommonOptions } from './options'

export class UsageError extends Error {}

interface FlagRule {
  readonly flag: string
  readonly schema: z.ZodType<string>
  readonly secret: boolean
  readonly zh: string
  /** How to fix it, in both languages. */
  readonly fix: string
}

const RULES = {
  token: {
    flag: '--token',
    schema: tokenSchema,
    secret: false,
    zh: 'Token 应为 3-32 位英文字母或数字',
    fix: 'use the Token of 服务器配置, e.g. --token myToken123 / 请填写“服务器配置”里的 Token',
  },
  appid: {
    flag: '--appid',
    schema: appIdSchema,
    secret: false,
    zh: 'AppID 应为 wx 加 16 位小写十六进制字符',
    fix: 'copy it from 设置与开发 › 基本配置, e.g. --appid wx0123456789abcdef / 从“基本配置”复制',
  },
  appsecret: {
    flag: '--appsecret',
    schema: appSecretSchema,
    secret: true,
    zh: 'AppSecret 应为 32 位小写十六进制字符（0-9、a-f）',
    fix: 'copy it again from 设置与开发 › 基本配置 (WeChat issues it in lowercase) / 从“基本配置”重新复制（微信发放的是小写）',
  },
  aesKey: {
    flag: '--aes-key',
    schema: encodingAesKeySchema,
    secret: true,
    zh: 'EncodingAESKey 应为 43 位英文字母或数字',
    fix: 'copy it from 服务器配置 or generate a new one there / 从“服务器配置”复制，或在那里随机生成',
  },
} as const satisfies Record<string, FlagRule>

function describeGot(value: string, secret: boolean): string {
  return secret ? `${value.length} characters (hidden)` : `"${value}"`
}

function checkFlag(rule: FlagRule, value: string): void {
  const result = rule.schema.safeParse(value)
  if (result.success) return
  const rule_en = result.error.issues[0]?.message ?? 'is not valid'
  throw new UsageError(
    `${rule.flag} ${rule_en}, got ${describeGot(value, rule.secret)}\n` +
      `  ${rule.zh}。\n  Fix / 修改: ${rule.fix}`,
  )
}

/**
 * The 网页授权域名 as WeChat reads it (protocol.md §9.2): the shared schema's shape, then the protocol's
 * check, whose problems come with words and a suggested domain.
 */
function checkCallbackDomainFlag(value: string, testAccount: boolean): void {
  const check = checkCallbackDomain(value, testAccount ? 'test' : 'formal')
  const shapeOk = callbackDomainSchema.safeParse(value).success
  if (shapeOk && check.problems.length === 0) return
  const lines = [`--callback-domain "${value}" is not a domain WeChat would accept:`]
  for (const problem of check.problems) {
    const words = OAUTH_PROBLEM_TEXT[problem.code]
    lines.push(`  ✘ ${words.en.title} / ${words.zh.title}`)
    lines.push(`    ${words.en.fix}`)
    lines.push(`    ${words.zh.fix}`)
  }
  if (check.problems.length === 0) {
    lines.push(
      '  ✘ must be a bare domain such as mp.example.com (test accounts: host:port), without http:// or a path',
    )
    lines.push('    应为不带 http:// 和路径的域名，例如 mp.example.com（测试号可写 host:port）')
  }
  if (check.suggested !== '' && check.suggested !== value) {
    lines.push(`  Fix / 修改: --callback-domain ${check.suggested}`)
  }
  throw new UsageError(lines.join('\n'))
}

/**
 * Throws UsageError for the first flag that breaks its rule.
 * @param testAccount test accounts may put a port in the callback domain. @default true (the
 *   accounts mpsim creates are test accounts; a formal one is checked again when used)
 */
export function validateAccountFlags(options: CommonOptions, testAccount = true): void {
  if (options.token !== undefined) checkFlag(RULES.token, options.token)
  if (options.appid !== undefined) checkFlag(RULES.appid, options.appid)
  if (options.appsecret !== undefined) checkFlag(RULES.appsecret, options.appsecret)
  if (options.aesKey !== undefined) {
    checkFlag(RULES.aesKey, options.aesKey)
    // 43 characters can still fail to decode to a 32-byte key (protocol.md §8.1).
    decodeAesKey(options.aesKey)
  }
  if (options.callbackDomain !== undefined) {
    checkCallbackDomainFlag(options.callbackDomain, testAccount)
  }
}
