/**
 * Pure edits of a suite's list of steps: replace, remove, add, copy and move. Each returns a new
 * suite that is still a valid `Suite` (at least one step), or the same one when the edit cannot
 * apply (an index out of range, the last step removed).
 */
import type { Suite, SuiteStep } from '../../../../shared/model/suite'

export function replaceStep(suite: Suite, index: number, step: SuiteStep): Suite {
  const steps = suite.steps.map((s, i) => (i === index ? step : s))
  return { ...suite, steps }
}

/** Removes a step; the last one stays (a suite has at least one step). */
export function removeStep(suite: Suite, index: number): Suite {
  if (suite.steps.length <= 1) return suite
  const steps = suite.steps.filter((_, i) => i !== index)
  return { ...suite, steps }
}

/**
 * A catalogue text message from the workspace's first user. No `expect`: a step without one
 * asserts that WeChat would accept the answer at the first attempt (docs/replay.md).
 */
export function textStep(content: string): SuiteStep {
  return { send: { type: 'text', fields: { Content: content } } }
}

/** Inserts a step at `at` (clamped to the list), e.g. after the selected one. */
export function insertStep(suite: Suite, at: number, step: SuiteStep): Suite {
  const index = Math.max(0, Math.min(at, suite.steps.length))
  const steps = [...suite.steps.slice(0, index), step, ...suite.steps.slice(index)]
  return { ...suite, steps }
}

/**
 * A copy of step `index` right after it — a deep copy, so editing one does not edit the other;
 * named `name(original)` when the original has a name.
 */
export function copyStep(suite: Suite, index: number, name: (original: string) => string): Suite {
  const original = suite.steps[index]
  if (!original) return suite
  const copy = structuredClone(original)
  if (original.name) copy.name = name(original.name)
  return insertStep(suite, index + 1, copy)
}

/** Moves step `from` by `by` places (−1 up, +1 down); nothing moves past either end. */
export function moveStep(suite: Suite, from: number, by: number): Suite {
  const to = from + by
  if (from < 0 || from >= suite.steps.length || to < 0 || to >= suite.steps.length || by === 0)
    return suite
  const steps = [...suite.steps]
  const [moved] = steps.splice(from, 1)
  steps.splice(to, 0, moved as SuiteStep)
  return { ...suite, steps }
}
