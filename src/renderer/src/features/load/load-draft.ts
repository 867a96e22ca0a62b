/**
 * The Load panel's form as typed (strings, so a half-typed number stays as typed) and its check:
 * either the StartLoadInput the core takes, or one problem per field, as codes the panel words.
 * The bounds are the contract's (shared/control/load-schemas.ts), checked here first so the user
 * reads which field is wrong in their language rather than the core's English.
 */
import type { StartLoadInput } from '../../../../shared/control/load-schemas'
import type { EncryptionMode } from '../../../../shared/model/account'

export type LoadModel = 'open' | 'closed'

export interface MixRow {
  /** Stable across edits, for React keys and focus. */
  readonly key: number
  readonly typeId: string
  readonly weight: string
}

export interface LoadDraft {
  /** '' sends none: the account's bot URL. */
  readonly botUrl: string
  /** '' sends none: the account's mode. */
  readonly mode: '' | EncryptionMode
  readonly users: string
  readonly model: LoadModel
  readonly rate: string
  readonly concurrency: string
  /** Open model only; '' is no ramp. */
  readonly rampTo: string
  /** Seconds; '' is no time limit (then `messages` must be set). */
  readonly duration: string
  readonly messages: string
  readonly mix: readonly MixRow[]
  readonly seed: string
}

export const DEFAULT_DRAFT: LoadDraft = {
  botUrl: '',
  mode: '',
  users: '100',
  model: 'open',
  rate: '20',
  concurrency: '10',
  rampTo: '',
  duration: '10',
  messages: '',
  mix: [{ key: 1, typeId: 'text', weight: '100' }],
  seed: '',
}

/** The contract's bounds, in the units the form shows. */
export const LIMITS = {
  users: { min: 1, max: 100_000 },
  rate: { min: 0, max: 100_000 },
  concurrency: { min: 1, max: 10_000 },
  /** Seconds (the contract's 100 ms to 24 h). */
  duration: { min: 0.1, max: 24 * 3600 },
  messages: { min: 1, max: 100_000_000 },
  weight: { min: 0, max: 1_000_000 },
  seed: { max: 200 },
  mix: { max: 50 },
} as const

export type Problem =
  | { code: 'required' }
  | { code: 'number' }
  | { code: 'whole' }
  /** Inclusive bounds; `above` when the lower bound itself is not allowed (a rate of 0). */
  | { code: 'range'; min: number; max: number; above?: boolean }
  | { code: 'url' }
  | { code: 'tooLong'; max: number }
  /** Neither a duration nor a message count: the run would never end. */
  | { code: 'stopNeeded' }
  /** A ramp climbs over the run's duration: without one it has nothing to climb over. */
  | { code: 'rampNeedsDuration' }
  | { code: 'mixType' }
  | { code: 'mixDuplicate' }
  | { code: 'mixEmpty' }

/** Field names as the form's ids use them; mix rows are `mix.<key>.type` / `mix.<key>.weight`. */
export type Problems = Readonly<Record<string, Problem>>

export type Checked = { ok: true; input: StartLoadInput } | { ok: false; problems: Problems }

/** The draft checked whole; `known` are the catalogue's type ids (unknown ones are refused). */
export function checkDraft(draft: LoadDraft, known: ReadonlySet<string>): Checked {
  const problems: Record<string, Problem> = {}
  const input: Record<string, unknown> = {}
  const url = draft.botUrl.trim()
  if (url !== '') {
    if (isHttpUrl(url)) input['botUrl'] = url
    else problems['botUrl'] = { code: 'url' }
  }
  if (draft.mode !== '') input['mode'] = draft.mode
  number(draft.users, 'users', { whole: true, required: true, ...LIMITS.users })
  if (draft.model === 'open') {
    number(draft.rate, 'rate', { required: true, above: true, ...LIMITS.rate })
    number(draft.rampTo, 'rampTo', { above: true, ...LIMITS.rate })
  } else {
    number(draft.concurrency, 'concurrency', { whole: true, required: true, ...LIMITS.concurrency })
  }
  const seconds = number(draft.duration, 'duration', { ...LIMITS.duration, key: 'durationMs' })
  if (seconds !== undefined) input['durationMs'] = Math.round(seconds * 1000)
  number(draft.messages, 'messages', { whole: true, ...LIMITS.messages })
  if (draft.duration.trim() === '' && draft.messages.trim() === '' && !problems['messages']) {
    problems['duration'] = { code: 'stopNeeded' }
  }
  if (
    draft.model === 'open' &&
    draft.rampTo.trim() !== '' &&
    draft.duration.trim() === '' &&
    !problems['rampTo']
  ) {
    problems['rampTo'] = { code: 'rampNeedsDuration' }
  }
  checkMix(draft.mix, known, problems, input)
  const seed = draft.seed.trim()
  if (seed.length > LIMITS.seed.max) problems['seed'] = { code: 'tooLong', max: LIMITS.seed.max }
  else if (seed !== '') input['seed'] = seed
  if (Object.keys(problems).length > 0) return { ok: false, problems }
  return { ok: true, input }

  /** Reads one numeric field into `input` (under `key`, default its name); a problem otherwise. */
  function number(
    text: string,
    field: string,
    rule: {
      min: number
      max: number
      whole?: boolean
      required?: boolean
      above?: boolean
      key?: string
    },
  ): number | undefined {
    const raw = text.trim()
    if (raw === '') {
      if (rule.required) problems[field] = { code: 'required' }
      return undefined
    }
    const value = Number(raw)
    if (!Number.isFinite(value)) {
      problems[field] = { code: 'number' }
      return undefined
    }
    if (rule.whole && !Number.isInteger(value)) {
      problems[field] = { code: 'whole' }
      return undefined
    }
    const low = rule.above ? value <= rule.min : value < rule.min
    if (low || value > rule.max) {
      problems[field] = { code: 'range', min: rule.min, max: rule.max, above: rule.above }
      return undefined
    }
    if (rule.key === undefined) input[field] = value
    return value
  }
}

function checkMix(
  rows: readonly MixRow[],
  known: ReadonlySet<string>,
  problems: Record<string, Problem>,
  input: Record<string, unknown>,
): void {
  if (rows.length === 0) {
    problems['mix'] = { code: 'mixEmpty' }
    return
  }
  const seen = new Set<string>()
  const mix: { typeId: string; weight: number }[] = []
  for (const row of rows) {
    const typeField = `mix.${row.key}.type`
    const weightField = `mix.${row.key}.weight`
    if (!known.has(row.typeId)) problems[typeField] = { code: 'mixType' }
    else if (seen.has(row.typeId)) problems[typeField] = { code: 'mixDuplicate' }
    seen.add(row.typeId)
    const raw = row.weight.trim()
    const weight = Number(raw)
    if (raw === '') problems[weightField] = { code: 'required' }
    else if (!Number.isFinite(weight)) problems[weightField] = { code: 'number' }
    else if (weight <= LIMITS.weight.min || weight > LIMITS.weight.max) {
      problems[weightField] = { code: 'range', ...LIMITS.weight, above: true }
    } else mix.push({ typeId: row.typeId, weight })
  }
  // Text only is the core's default: sent as the mix all the same, so the run says what it sent.
  if (mix.length === rows.length) input['mix'] = mix
}

function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text)
    return url.protocol === 'http:' || url.protocol === 'https:'
  } catch {
    return false
  }
}

/** Each row's share of the mix in percent (0 for a row whose weight does not read). */
export function mixShares(rows: readonly MixRow[]): number[] {
  const weights = rows.map((r) => {
    const w = Number(r.weight)
    return Number.isFinite(w) && w > 0 ? w : 0
  })
  const sum = weights.reduce((a, b) => a + b, 0)
  return weights.map((w) => (sum > 0 ? (w / sum) * 100 : 0))
}

/** Field names in the order the form shows them: the first with a problem gets the focus. */
export function fieldOrder(draft: LoadDraft): string[] {
  return [
    'botUrl',
    'users',
    'rate',
    'concurrency',
    'rampTo',
    'duration',
    'messages',
    'mix',
    ...draft.mix.flatMap((r) => [`mix.${r.key}.type`, `mix.${r.key}.weight`]),
    'seed',
  ]
}
