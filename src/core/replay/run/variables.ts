/**
 * Suite variables (docs/replay.md "Variables"): `{{user.openid}}`, `{{user.nickname}}`, `{{now}}`
 * (Unix seconds on the simulated clock), `{{row.<name>}}` (data-driven rows) and
 * `{{vars.<name>}}` (the suite's variables, which may use the others). An unknown name is an
 * error of the step, never left in the text: a bot would otherwise receive "{{row.cty}}" and the
 * suite would test a typo.
 */
import { MpsimError } from '../../errors'

export class VariableError extends MpsimError {
  readonly code = 'unknown-variable'
}

export interface VariableScope {
  readonly user: { readonly openid: string; readonly nickname: string }
  readonly now: number
  readonly row?: Readonly<Record<string, string>>
  readonly vars?: Readonly<Record<string, string>>
}

const PATTERN = /\{\{\s*([A-Za-z0-9_.-]+)\s*\}\}/g

export function expand(text: string, scope: VariableScope): string {
  return text.replace(PATTERN, (_whole, name: string) => lookup(name, scope))
}

function lookup(name: string, scope: VariableScope): string {
  if (name === 'now') return String(scope.now)
  if (name === 'user.openid') return scope.user.openid
  if (name === 'user.nickname') return scope.user.nickname
  const [head, ...rest] = name.split('.')
  const key = rest.join('.')
  const table = head === 'row' ? scope.row : head === 'vars' ? scope.vars : undefined
  const value = table?.[key]
  if (value === undefined) {
    const known = head === 'row' || head === 'vars' ? Object.keys(table ?? {}) : []
    const hint = known.length > 0 ? ` (known: ${known.join(', ')})` : ''
    throw new VariableError(`unknown variable {{${name}}}${hint}`)
  }
  return value
}

/** The suite's variables with the other variables in them filled in (not each other). */
export function expandVars(
  vars: Readonly<Record<string, string>> | undefined,
  scope: VariableScope,
): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [name, value] of Object.entries(vars ?? {})) {
    out[name] = expand(value, { ...scope, vars: {} })
  }
  return out
}

/** Every string inside a JSON-like value expanded (expectations, field tables). */
export function expandDeep<T>(value: T, scope: VariableScope): T {
  if (typeof value === 'string') return expand(value, scope) as T
  if (Array.isArray(value)) return value.map((item: unknown) => expandDeep(item, scope)) as T
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(value)) out[k] = expandDeep(v, scope)
    return out as T
  }
  return value
}
