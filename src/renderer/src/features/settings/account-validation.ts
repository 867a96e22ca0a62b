/**
 * The account form checked with the very schema the control API uses (AccountInput), its issues
 * turned into one message per field in the UI language: the concrete problem ("has 42
 * characters") and WeChat's rule, which together say what is wrong and how to fix it.
 */
import { AccountInput } from '../../../../shared/control/workspace-schemas'
import type { Account } from '../../../../shared/model/account'
import { findProblem } from './value-problems'
import type { ValueProblem } from './value-problems'

export type RuleKey =
  | 'name'
  | 'appId'
  | 'appSecret'
  | 'originalId'
  | 'token'
  | 'encodingAesKey'
  | 'botUrl'
  | 'callbackDomain'
  | 'jsDomains'
  | 'appIdTaken'

const EXPLAINED: ReadonlySet<string> = new Set<RuleKey>([
  'name',
  'appId',
  'appSecret',
  'originalId',
  'token',
  'encodingAesKey',
  'botUrl',
  'callbackDomain',
  'jsDomains',
])

/** A field's error: the rule broken and the problem found, worded only when shown (so a language
 * switch re-words it), or, for a rule the UI does not explain, the schema's own message. */
export interface FieldError {
  rule?: RuleKey
  problem?: ValueProblem
  /** For appIdTaken: the account that has the AppID already. */
  takenBy?: string
  message: string
}

export type FieldErrors = Readonly<Record<string, FieldError>>

/**
 * Field → error; empty when the account would be accepted. `others` are the workspace's other
 * accounts: an AppID may be used once (the core refuses a clash too, with an English message).
 */
export function validateAccount(account: Account, others: readonly Account[] = []): FieldErrors {
  const parsed = AccountInput.safeParse(account)
  let errors = parsed.success
    ? {}
    : issuesToErrors(
        parsed.error.issues.map((i) => ({
          path: i.path.map(String).join('.'),
          message: i.message,
        })),
        account,
      )
  // The API takes "" as "no bot", but then every push fails: the form asks for a URL instead.
  if (!errors['botUrl'] && account.botUrl.trim() === '') {
    errors = {
      ...errors,
      botUrl: { rule: 'botUrl', problem: { key: 'empty' }, message: 'Server URL is empty' },
    }
  }
  const clash = others.find((a) => a.id !== account.id && a.appId === account.appId)
  if (clash && !errors['appId']) {
    return {
      ...errors,
      appId: { rule: 'appIdTaken', takenBy: clash.name, message: 'AppID in use' },
    }
  }
  return errors
}

/** The same, from the schema's issues or those the core sent back with a 400. */
export function issuesToErrors(
  issues: readonly { path: string; message: string }[],
  account: Account,
): FieldErrors {
  const errors: Record<string, FieldError> = {}
  for (const issue of issues) {
    const field = issue.path.split('.')[0] ?? ''
    if (errors[field]) continue
    if (!EXPLAINED.has(field)) {
      errors[field] = { message: issue.message }
      continue
    }
    const value = valueAt(account, issue.path)
    const problem = typeof value === 'string' ? findProblem(field, value) : undefined
    errors[field] = { rule: field as RuleKey, message: issue.message, ...(problem && { problem }) }
  }
  return errors
}

/** The value an issue is about: a field, or one entry of a list field (`jsDomains.1`). */
function valueAt(account: Account, path: string): unknown {
  const [field = '', index] = path.split('.')
  const value: unknown = account[field as keyof Account]
  return Array.isArray(value) && index !== undefined ? value[Number(index)] : value
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
