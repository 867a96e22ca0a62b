/**
 * The assertions of a step (docs/replay.md "Assertions"), evaluated on the facts of one delivery.
 * Pure: the runner gathers the facts (verdict, reply, timings, the API calls the bot made), this
 * module only compares, so every rule is tested with a table and no bot. Each failure says what
 * was wanted and what came, with a line diff where the texts are long enough to need one.
 */
import type { AssertionFailure, StepExpect, TextMatch } from '../../../shared/model/suite'
import type { VerdictOutcome } from '../../../shared/model/verdict'
import { lineDiff } from './line-diff'
import { fieldAt, replyNodes } from './reply-field'
import { replyLines } from './reply-lines'

/** A call the bot made to the mock platform during the step. */
export interface ObservedApiCall {
  /** The path without the query, e.g. /cgi-bin/message/custom/send */
  readonly path: string
  /** The JSON body as parsed; undefined when it was not JSON. */
  readonly body: unknown
}

export interface StepFacts {
  /** The verdict's outcome; undefined when the delivery never happened. */
  readonly outcome: VerdictOutcome | undefined
  /** The reply's MsgType when WeChat would show a reply. */
  readonly replyType?: string
  /** The plaintext reply XML (decrypted from its envelope), or the body as it came. */
  readonly replyText?: string
  /** Attempts made; 1 when the first was answered. */
  readonly attempts: number
  /** How long the first attempt took, and whether it got an answer at all. */
  readonly firstAttemptMs: number
  readonly firstAttemptAnswered: boolean
  readonly apiCalls: readonly ObservedApiCall[]
  /** The reply recorded with the capture, for sameReplyAsRecorded. */
  readonly recordedReply?: string
}

/** What a step without `expect` checks: WeChat took the answer, and at the first attempt. */
export const DEFAULT_EXPECT: StepExpect = { accepted: true, noRetry: true }

export function evaluateStep(expect: StepExpect, facts: StepFacts): AssertionFailure[] {
  const failures: AssertionFailure[] = []
  const fail = (failure: AssertionFailure) => failures.push(failure)
  const outcome = facts.outcome ?? 'not delivered'

  if (expect.accepted === true && facts.outcome !== 'reply' && facts.outcome !== 'no-reply') {
    fail({ assertion: 'accepted', expected: 'reply or no-reply', actual: outcome })
  }
  if (expect.verdict !== undefined && facts.outcome !== expect.verdict) {
    fail({ assertion: 'verdict', expected: expect.verdict, actual: outcome })
  }
  if (expect.replyType !== undefined && facts.replyType !== expect.replyType) {
    fail({
      assertion: 'replyType',
      expected: expect.replyType,
      actual: facts.replyType ?? `(no reply: ${outcome})`,
    })
  }
  if (expect.fields) {
    const nodes = replyNodes(facts.replyText)
    for (const [path, match] of Object.entries(expect.fields)) {
      const actual = nodes ? fieldAt(nodes, path) : undefined
      const failure = checkText(`fields.${path}`, match, actual)
      if (failure) fail(failure)
    }
  }
  if (expect.withinMs !== undefined) {
    if (!facts.firstAttemptAnswered || facts.firstAttemptMs > expect.withinMs) {
      fail({
        assertion: 'withinMs',
        expected: `≤ ${expect.withinMs} ms`,
        actual: facts.firstAttemptAnswered
          ? `${Math.round(facts.firstAttemptMs)} ms`
          : `no answer (gave up after ${Math.round(facts.firstAttemptMs)} ms)`,
      })
    }
  }
  if (expect.noRetry === true && (facts.attempts > 1 || !facts.firstAttemptAnswered)) {
    fail({
      assertion: 'noRetry',
      expected: 'answered at the first attempt',
      actual: `${facts.attempts} attempts`,
    })
  }
  expect.apiCalls?.forEach((call, index) => {
    const failure = checkApiCalls(`apiCalls[${index}]`, call, facts.apiCalls)
    if (failure) fail(failure)
  })
  if (expect.sameReplyAsRecorded === true) {
    const failure = checkSameReply(facts)
    if (failure) fail(failure)
  }
  return failures
}

export function describeMatch(match: TextMatch): string {
  if (typeof match === 'string') return JSON.stringify(match)
  if ('equals' in match) return JSON.stringify(match.equals)
  if ('matches' in match) return `matches /${match.matches}/`
  return `contains ${JSON.stringify(match.contains)}`
}

/** Undefined when the text matches; a failure (an invalid regex is one too) otherwise. */
export function checkText(
  assertion: string,
  match: TextMatch,
  actual: string | undefined,
): AssertionFailure | undefined {
  const expected = describeMatch(match)
  if (actual === undefined) return { assertion, expected, actual: '(absent)' }
  const shown = JSON.stringify(actual)
  if (typeof match === 'string' || 'equals' in match) {
    const want = typeof match === 'string' ? match : match.equals
    if (actual === want) return undefined
    const multiline = want.includes('\n') || actual.includes('\n')
    return {
      assertion,
      expected,
      actual: shown,
      ...(multiline ? { diff: lineDiff(want, actual) } : {}),
    }
  }
  if ('contains' in match) {
    return actual.includes(match.contains) ? undefined : { assertion, expected, actual: shown }
  }
  let pattern: RegExp
  try {
    pattern = new RegExp(match.matches, 'u')
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return { assertion, expected, actual: `invalid regular expression: ${reason}` }
  }
  return pattern.test(actual) ? undefined : { assertion, expected, actual: shown }
}

function checkApiCalls(
  assertion: string,
  call: NonNullable<StepExpect['apiCalls']>[number],
  observed: readonly ObservedApiCall[],
): AssertionFailure | undefined {
  const onPath = observed.filter((o) => o.path === call.path)
  const body = call.body ?? {}
  const matching = onPath.filter((o) =>
    Object.entries(body).every(
      ([field, match]) => !checkText(field, match, bodyField(o.body, field)),
    ),
  )
  const wanted = call.count
  const ok = wanted === undefined ? matching.length >= 1 : matching.length === wanted
  if (ok) return undefined
  const bodyWords = Object.entries(body)
    .map(([field, match]) => `${field} ${describeMatch(match)}`)
    .join(', ')
  const seen = observed.map((o) => `${o.path} ${JSON.stringify(o.body ?? null)}`)
  return {
    assertion,
    expected: `${wanted === undefined ? 'at least 1' : String(wanted)} × ${call.path}${bodyWords ? ` with ${bodyWords}` : ''}`,
    actual:
      onPath.length === matching.length
        ? `${matching.length} × ${call.path}`
        : `${matching.length} matching of ${onPath.length} × ${call.path}`,
    ...(seen.length > 0 ? { diff: seen.join('\n') } : {}),
  }
}

/** A body field by dotted path (`text.content`, `articles.0.title`), as text. */
export function bodyField(body: unknown, path: string): string | undefined {
  let value: unknown = body
  for (const segment of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined
    value = (value as Record<string, unknown>)[segment]
  }
  if (value === undefined || value === null) return undefined
  return typeof value === 'string' ? value : JSON.stringify(value)
}

function checkSameReply(facts: StepFacts): AssertionFailure | undefined {
  if (facts.recordedReply === undefined) {
    return {
      assertion: 'sameReplyAsRecorded',
      expected: 'a recorded reply to compare with',
      actual: 'the step has no recordedReply',
    }
  }
  const expected = replyLines(facts.recordedReply)
  const actual = replyLines(facts.replyText ?? '')
  if (expected === actual) return undefined
  return {
    assertion: 'sameReplyAsRecorded',
    expected: summary(expected),
    actual: summary(actual),
    diff: lineDiff(expected, actual),
  }
}

/** One line for the failure's headline; the diff carries the rest. */
function summary(text: string): string {
  if (text === '') return '(empty)'
  const flat = text.replace(/\s*\n\s*/g, '')
  return flat.length > 120 ? `${flat.slice(0, 117)}…` : flat
}
