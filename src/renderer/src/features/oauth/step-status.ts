/**
 * Where each of the five steps stands on a walk (protocol.md §9): from the recorded hops only, so a
 * walk opened from the inspector reads the same as one watched live.
 */
import type { Exchange } from '../../../../shared/model/exchange'
import type { WalkView } from './walk-model'
import { answerJson, errcodeOf } from './walk-model'

export type StepStatus = 'waiting' | 'done' | 'failed' | 'warning' | 'refused' | 'skipped' | 'user'
export type StepNumber = 1 | 2 | 3 | 4 | 5

/** done when every call answered ok, failed when none did, warning when both happened. */
export function callsStatus(calls: readonly Exchange[]): StepStatus {
  if (calls.length === 0) return 'waiting'
  const ok = calls.filter((c) => (errcodeOf(c) ?? 0) === 0 && !c.attempts.at(-1)?.error).length
  if (ok === calls.length) return 'done'
  return ok === 0 ? 'failed' : 'warning'
}

export function stepStatus(walk: WalkView | undefined, step: StepNumber): StepStatus {
  if (!walk) return 'waiting'
  switch (step) {
    case 1:
      if (walk.outcome === 'error-page' && !walk.consentHop) return 'failed'
      if (walk.findings.some((f) => f.severity === 'warning')) return 'warning'
      return walk.authorizeHop ? 'done' : 'waiting'
    case 2:
      if (walk.refused) return 'refused'
      if (walk.code) return walk.callbacks.length > 1 ? 'warning' : 'done'
      if (walk.outcome === 'error-page') return 'failed'
      if (walk.outcome === 'consent-page') return 'user'
      return 'waiting'
    case 3:
      if (walk.refused || walk.outcome === 'error-page') return 'skipped'
      return callsStatus(walk.tokenCalls)
    case 4:
      if (walk.refreshCalls.length === 0) return walk.tokenCalls.length > 0 ? 'skipped' : 'waiting'
      return callsStatus(walk.refreshCalls)
    case 5: {
      if (walk.refused || walk.outcome === 'error-page') return 'skipped'
      if (walk.userinfoCalls.length > 0) return callsStatus(walk.userinfoCalls)
      const baseOnly = walk.tokenCalls.some((c) => answerJson(c)?.['scope'] === 'snsapi_base')
      return baseOnly ? 'skipped' : 'waiting'
    }
  }
}
