/**
 * A schema issue in words a suite author acts on: zod's generic "Invalid input" for a union
 * becomes what the union accepts.
 */
import type { z } from 'zod'

const SEND_FORMS = 'send needs one of: {type, fields}, {xml} or {capture}'
const MATCH_FORMS = 'expected a string (equals) or one of {equals}, {matches}, {contains}'

export function issueMessage(issue: z.core.$ZodIssue): string {
  const last = issue.path[issue.path.length - 1]
  switch (issue.code) {
    case 'unrecognized_keys':
      return `unknown key${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.join(', ')}`
    case 'invalid_union':
      if (last === 'send') return SEND_FORMS
      if (issue.path.includes('fields') || issue.path.includes('body')) return MATCH_FORMS
      if (last === 'seed') return 'seed must be a string or a number'
      return issue.message
    case 'invalid_value':
      if (last === 'version') return 'version must be 1'
      return `expected one of: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`
    case 'invalid_type':
      // zod reports inputs only on request; its own message names what it received.
      if (issue.message.endsWith('received undefined'))
        return `${String(last ?? 'value')} is required`
      return `${String(last ?? 'value')} must be ${article(issue.expected)}`
    case 'too_small':
      if (last === 'steps') return 'a suite needs at least one step'
      return issue.message
    case 'too_big':
    case 'custom':
    case 'invalid_element':
    case 'invalid_format':
    case 'invalid_key':
    case 'not_multiple_of':
      return issue.message
  }
}

function article(expected: string): string {
  if (expected === 'array') return 'a list'
  if (expected === 'object') return 'a mapping (object)'
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`
}
