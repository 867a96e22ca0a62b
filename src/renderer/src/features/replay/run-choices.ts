/**
 * What the run bar adds to a run of the open suite (RunSuiteInput in replay-schemas.ts): the tags
 * to run (none chosen = every step), stop at the first failure, steps delivered at once. Pure, so
 * what is sent is tested without the panel.
 */
import type { Suite } from '../../../../shared/model/suite'
import type { RunInput } from './replay-client'

/** The panel offers 1–16: more deliveries at once than that only measures the bot's queue. */
export const MAX_CONCURRENCY = 16

export interface RunChoices {
  readonly tags: readonly string[]
  readonly bail: boolean
  readonly concurrency: number
}

export const DEFAULT_CHOICES: RunChoices = { tags: [], bail: false, concurrency: 1 }

/** Every tag the suite's steps carry, sorted, each once. */
export function suiteTags(suite: Suite | undefined): string[] {
  const tags = new Set(suite?.steps.flatMap((step) => step.tags ?? []) ?? [])
  return [...tags].sort((a, b) => a.localeCompare(b))
}

/** A typed concurrency kept within 1–16; anything not a number is 1. */
export function clampConcurrency(value: number): number {
  if (!Number.isFinite(value)) return 1
  return Math.min(MAX_CONCURRENCY, Math.max(1, Math.trunc(value)))
}

export function toggleTag(choices: RunChoices, tag: string): RunChoices {
  const tags = choices.tags.includes(tag)
    ? choices.tags.filter((t) => t !== tag)
    : [...choices.tags, tag]
  return { ...choices, tags }
}

/**
 * The run's input: only what differs from the runner's defaults, and only tags the suite still
 * has (a tag chosen, then edited away, would otherwise run nothing).
 */
export function runInput(file: string, choices: RunChoices, suite: Suite | undefined): RunInput {
  const known = new Set(suiteTags(suite))
  const tags = choices.tags.filter((tag) => known.has(tag))
  const concurrency = clampConcurrency(choices.concurrency)
  return {
    file,
    ...(tags.length > 0 ? { tags } : {}),
    ...(choices.bail ? { bail: true } : {}),
    ...(concurrency > 1 ? { concurrency } : {}),
  }
}
