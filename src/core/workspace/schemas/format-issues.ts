/**
 * Zod issues as messages a person can act on: the file, the field path, the rule, and what was
 * found, e.g. `accounts.json: accounts[0].appId must be wx + 16 lowercase hex characters, got
 * "wx123"`. Secrets (AppSecret, EncodingAESKey) are never echoed, only their length.
 */
import type { z } from 'zod'
import type { IssueDetail } from '../errors'

const SECRET_FIELDS = new Set(['appSecret', 'encodingAesKey', 'previousEncodingAesKey'])

/**
 * Rule wording for zod's built-in checks. Passed per parse, so a message set on a schema (the
 * identifier formats) still wins: zod prefers schema-level messages to the per-parse map.
 */
export const ruleWording: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'is required'
      return `must be ${typeName(issue.expected)}`
    case 'invalid_value':
      return issue.values.length === 1
        ? `must be ${JSON.stringify(issue.values[0])}`
        : `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`
    case 'too_small':
      return `must ${sizeWord(issue.origin, 'least', issue.minimum)}`
    case 'too_big':
      return `must ${sizeWord(issue.origin, 'most', issue.maximum)}`
    case 'unrecognized_keys':
      return `has ${issue.keys.length === 1 ? 'an unknown field' : 'unknown fields'} ${issue.keys
        .map((k) => JSON.stringify(k))
        .join(', ')}`
    case 'invalid_format':
    case 'invalid_union':
    case 'invalid_key':
    case 'invalid_element':
    case 'not_multiple_of':
    case 'custom':
      // The schemas word these themselves (identifier formats, uniqueness); zod's text otherwise.
      return undefined
  }
}

function typeName(expected: string): string {
  if (expected === 'int') return 'a whole number'
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`
}

function sizeWord(origin: string, bound: 'least' | 'most', limit: number | bigint): string {
  const n = String(limit)
  if (origin === 'string') return `be at ${bound} ${n} characters long`
  if (origin === 'array' || origin === 'set') return `have at ${bound} ${n} items`
  return `be at ${bound} ${n}`
}

/** `['accounts', 0, 'appId']` → `accounts[0].appId`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = ''
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) {
      out += out === '' ? key : `.${key}`
    } else out += `[${JSON.stringify(String(key))}]`
  }
  return out
}

export function issueDetails(issues: readonly z.core.$ZodIssue[]): IssueDetail[] {
  return issues.map((issue) => {
    const path = formatPath(issue.path)
    const got = issue.code === 'unrecognized_keys' ? undefined : preview(issue.path, issue.input)
    return got === undefined ? { path, rule: issue.message } : { path, rule: issue.message, got }
  })
}

/** One line per issue, each prefixed with the file name. */
export function issueLines(file: string, details: readonly IssueDetail[]): string[] {
  return details.map((d) => {
    const where = d.path === '' ? '' : `${d.path} `
    const got = d.got === undefined ? '' : `, got ${d.got}`
    return `${file}: ${where}${d.rule}${got}`
  })
}

function preview(path: readonly PropertyKey[], input: unknown): string | undefined {
  if (input === undefined) return undefined
  const last = path[path.length - 1]
  if (typeof last === 'string' && SECRET_FIELDS.has(last)) {
    return typeof input === 'string' ? `${input.length} characters (hidden)` : typeof input
  }
  const text = JSON.stringify(input) ?? typeof input
  return text.length > 60 ? `${text.slice(0, 57)}...` : text
}
