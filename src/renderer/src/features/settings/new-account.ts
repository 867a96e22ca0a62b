/**
 * A fresh simulated Official Account, as the test-account page hands one out: random AppID,
 * AppSecret, 原始ID, Token and EncodingAESKey in WeChat's formats, pointed at the same bot.
 */
import type { Account } from '../../../../shared/model/account'
import { randomAesKey } from './account-validation'

function randomHex(length: number): string {
  const bytes = crypto.getRandomValues(new Uint8Array(Math.ceil(length / 2)))
  return [...bytes]
    .map((b) => b.toString(16).padStart(2, '0'))
    .join('')
    .slice(0, length)
}

export function newAccount(existing: readonly Account[], template: Account | undefined): Account {
  let n = existing.length + 1
  while (existing.some((a) => a.id === `account-${n}`)) n += 1
  return {
    id: `account-${n}`,
    name: `测试号 ${n}`,
    appId: `wx${randomHex(16)}`,
    appSecret: randomHex(32),
    originalId: `gh_${randomHex(12)}`,
    token: randomAesKey().slice(0, 16),
    encodingAesKey: randomAesKey(),
    mode: template?.mode ?? 'plain',
    botUrl: template?.botUrl ?? '',
    callbackDomain: template?.callbackDomain ?? '',
    ipWhitelist: [],
    testAccount: true,
  }
}
