/**
 * A problem's facts in the reader's words: each detail key gets its label (facts.*), a hint — the
 * engine's name for the case it recognised — its sentence (hint.*), and the fix is the one for
 * that case when the inspector has one (fixFor.*), not every case's advice at once.
 */
import type { TFunction } from 'i18next'
import type { ExplanationText } from '../../../../shared/explain/types'

type Facts = Readonly<Record<string, string | number>>

/**
 * Keys whose values are the engine's or the platform's own names, and the table that words them
 * (a value the table does not know is shown as it is).
 */
const WORDED_VALUES: Readonly<Record<string, 'hint' | 'relation' | 'bodyProblem'>> = {
  hint: 'hint',
  bodyKind: 'hint',
  relation: 'relation',
  bodyProblem: 'bodyProblem',
}

export interface FactLine {
  readonly key: string
  readonly label: string
  readonly value: string
  /** The value is words (a recognised case), not data to copy: shown in the text face. */
  readonly worded: boolean
}

/** "expectedFrom" → "expected from": a readable fallback for a key the table does not know yet. */
function spaced(key: string): string {
  return key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase()
}

export function factLines(facts: Facts, t: TFunction<'inspector'>): FactLine[] {
  return Object.entries(facts).map(([key, raw]) => {
    const value = String(raw)
    const table = Object.hasOwn(WORDED_VALUES, key) ? WORDED_VALUES[key] : undefined
    return {
      key,
      label: t(`facts.${key}`, { defaultValue: spaced(key) }),
      value: table ? t(`${table}.${value}`, { defaultValue: value }) : value,
      worded: table !== undefined,
    }
  })
}

/** Codes whose shared fix lists several cases; the engine's hint (or status) picks one. */
const CASE_CODES = new Set(['http-status-not-ok', 'body-html', 'http-status'])

/**
 * The explanation with the fix narrowed to the case at hand: every occurrence carries the same
 * hint and the inspector has words for it. Otherwise the shared text is kept as it is.
 */
export function caseText(
  code: string,
  text: ExplanationText,
  facts: readonly Facts[],
  t: TFunction<'inspector'>,
): ExplanationText {
  if (!CASE_CODES.has(code) || facts.length === 0) return text
  const hints = new Set(facts.map((f) => f['hint'] ?? statusCase(f['status'])))
  const hint = hints.size === 1 ? [...hints][0] : undefined
  const fix = hint === undefined ? '' : t(`fixFor.${hint}`, { defaultValue: '' })
  if (fix !== '') return { ...text, fix }
  const statuses = new Set(facts.map((f) => f['status']))
  const status = statuses.size === 1 ? [...statuses][0] : undefined
  if (code !== 'body-html' && status !== undefined) {
    return { ...text, fix: t('fixFor.otherStatus', { status }) }
  }
  return text
}

/** The case a bare status names (the engine's own hint names, see core/protocol/reply/transport). */
function statusCase(status: string | number | undefined): string | undefined {
  const n = Number(status)
  if (n === 415) return 'unsupported-media-type'
  if (n === 405) return 'method-not-allowed'
  if (n === 404) return 'not-found'
  if (n >= 500) return 'server-error'
  return undefined
}
