/**
 * What exactly is wrong with a value the account schema refused: "has 42 characters", "starts
 * with http://", "contains “!”". The schema (shared with the API) decides *whether* a value is
 * valid; this only finds the first concrete problem, so the message can say what to change.
 * The shapes are WeChat's (protocol.md §1, §2, §9.2).
 */

/** A problem key (words under `problems.` in i18n) with its values. */
export interface ValueProblem {
  key:
    | 'empty'
    | 'space'
    | 'prefix'
    | 'length'
    | 'lengthRange'
    | 'uppercase'
    | 'char'
    | 'scheme'
    | 'noScheme'
    | 'path'
    | 'tooLong'
  params?: Record<string, string | number>
}

interface Shape {
  prefix?: string
  /** Exact length, prefix included. */
  length?: number
  range?: readonly [number, number]
  /** One allowed character after the prefix. */
  char?: RegExp
  lowercase?: boolean
}

const SHAPES: Readonly<Record<string, Shape>> = {
  appId: { prefix: 'wx', length: 18, char: /[0-9a-f]/, lowercase: true },
  appSecret: { length: 32, char: /[0-9a-fA-F]/ },
  originalId: { prefix: 'gh_', length: 15, char: /[0-9a-f]/, lowercase: true },
  token: { range: [3, 32], char: /[A-Za-z0-9]/ },
  encodingAesKey: { length: 43, char: /[A-Za-z0-9]/ },
}

/** The first problem found in `value` for `field`, or undefined when none can be named. */
export function findProblem(field: string, value: string): ValueProblem | undefined {
  if (field === 'botUrl') {
    if (value.trim() === '') return { key: 'empty' }
    return /^https?:\/\//i.test(value) ? spaceIn(value) : { key: 'noScheme' }
  }
  // One JS API safe domain follows the callback domain's rule (protocol.md §9.2, §11).
  if (field === 'callbackDomain' || field === 'jsDomains') return domainProblem(value)
  if (field === 'name') {
    if (value.trim() === '') return { key: 'empty' }
    return value.length > 64 ? { key: 'tooLong', params: { n: value.length, max: 64 } } : undefined
  }
  const shape = SHAPES[field]
  if (!shape) return undefined
  if (value === '') return { key: 'empty' }
  const space = spaceIn(value)
  if (space) return space
  if (shape.prefix && !value.startsWith(shape.prefix)) {
    return { key: 'prefix', params: { prefix: shape.prefix } }
  }
  if (shape.length !== undefined && value.length !== shape.length) {
    return { key: 'length', params: { n: value.length, expected: shape.length } }
  }
  if (shape.range && (value.length < shape.range[0] || value.length > shape.range[1])) {
    return {
      key: 'lengthRange',
      params: { n: value.length, min: shape.range[0], max: shape.range[1] },
    }
  }
  const rest = value.slice(shape.prefix?.length ?? 0)
  if (shape.lowercase && /[A-F]/.test(rest) && /^[0-9a-fA-F]*$/.test(rest)) {
    return { key: 'uppercase' }
  }
  const bad = [...rest].find((c) => !shape.char?.test(c))
  return bad === undefined ? undefined : { key: 'char', params: { char: bad } }
}

function spaceIn(value: string): ValueProblem | undefined {
  return /\s/.test(value) ? { key: 'space' } : undefined
}

/** 网页授权域名: the seed journey's trap is typing the scheme; a path is the second one. */
function domainProblem(value: string): ValueProblem | undefined {
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(value)
  if (scheme) {
    const bare = value.slice(scheme[0].length).split('/')[0] ?? ''
    return { key: 'scheme', params: { scheme: scheme[0], bare } }
  }
  const space = spaceIn(value)
  if (space) return space
  if (value.includes('/')) return { key: 'path', params: { bare: value.split('/')[0] ?? '' } }
  if (value.length > 253) return { key: 'tooLong', params: { n: value.length, max: 253 } }
  const bad = [...value].find((c) => !/[A-Za-z0-9.:-]/.test(c))
  return bad === undefined ? undefined : { key: 'char', params: { char: bad } }
}

/**
 * A note (not an error) for a server URL real WeChat would refuse but mpsim accepts: any port
 * other than 80 and 443 (protocol.md §2). Loopback URLs are the normal case with mpsim.
 */
export function botUrlPortNote(botUrl: string): string | undefined {
  try {
    const url = new URL(botUrl)
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined
    return ['', '80', '443'].includes(url.port) ? undefined : url.port
  } catch {
    return undefined
  }
}
