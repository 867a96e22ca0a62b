/**
 * The account form checked with the very schema the control API uses (AccountInput), its issues
 * turned into one message per field in the UI language — each says what is wrong and how to fix it.
 */
import type { TFunction } from 'i18next'
import { AccountInput } from '../../../../shared/control/workspace-schemas'
import type { Account } from '../../../../shared/model/account'

export type AccountField = keyof Account

const EXPLAINED = new Set([
  'name',
  'appId',
  'appSecret',
  'originalId',
  'token',
  'encodingAesKey',
  'botUrl',
  'callbackDomain',
])

/** Field → message; empty when the account would be accepted. */
export function validateAccount(
  account: Account,
  t: TFunction<'settings'>,
): Record<string, string> {
  const parsed = AccountInput.safeParse(account)
  if (parsed.success) return {}
  const errors: Record<string, string> = {}
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? '')
    if (errors[field]) continue
    errors[field] = EXPLAINED.has(field)
      ? t(`rules.${field as 'appId'}`)
      : t('rules.generic', { message: issue.message })
  }
  return errors
}

/** Messages for the issues the core sent back (a 400), in the same words. */
export function issuesToErrors(
  issues: readonly { path: string; message: string }[],
  t: TFunction<'settings'>,
): Record<string, string> {
  const errors: Record<string, string> = {}
  for (const issue of issues) {
    const field = issue.path.split('.')[0] ?? ''
    errors[field] ??= EXPLAINED.has(field) ? t(`rules.${field as 'appId'}`) : issue.message
  }
  return errors
}

/** 43 random letters and digits, like the admin page's 随机生成. */
export function randomAesKey(): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
  const out: string[] = []
  // Rejection sampling keeps every character equally likely (256 is not a multiple of 62).
  while (out.length < 43) {
    for (const byte of crypto.getRandomValues(new Uint8Array(64))) {
      if (byte < 248 && out.length < 43) out.push(alphabet[byte % 62] ?? 'A')
    }
  }
  return out.join('')
}
