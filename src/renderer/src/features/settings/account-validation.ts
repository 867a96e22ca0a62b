/**
 * The account form checked with the very schema the control API uses (AccountInput), its issues
 * turned into one message per field in the UI language — each says what is wrong and how to fix it.
 */
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

export type RuleKey =
  | 'name'
  | 'appId'
  | 'appSecret'
  | 'originalId'
  | 'token'
  | 'encodingAesKey'
  | 'botUrl'
  | 'callbackDomain'

/**
 * Per field, the rule broken (its words are looked up when shown, so switching the language
 * re-words the messages) or, for rules we do not explain, the schema's own message.
 */
export type FieldErrors = Readonly<Record<string, { rule?: RuleKey; message: string }>>

/** Field → error; empty when the account would be accepted. */
export function validateAccount(account: Account): FieldErrors {
  const parsed = AccountInput.safeParse(account)
  if (parsed.success) return {}
  return issuesToErrors(
    parsed.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message })),
  )
}

/** The same, from the issues the core sent back (a 400). */
export function issuesToErrors(issues: readonly { path: string; message: string }[]): FieldErrors {
  const errors: Record<string, { rule?: RuleKey; message: string }> = {}
  for (const issue of issues) {
    const field = issue.path.split('.')[0] ?? ''
    if (errors[field]) continue
    errors[field] = EXPLAINED.has(field)
      ? { rule: field as RuleKey, message: issue.message }
      : { message: issue.message }
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
