/**
 * The suite editor's list edits (add, copy, move, remove), the run options it keeps in the file
 * (seed, keepMsgIds) and step tags, the run bar's input to runSuite, and an import's skips grouped
 * by reason. Every edited suite must still parse as a Suite.
 */
import { describe, expect, it } from 'vitest'
import { suiteSchema } from '../../../../src/shared/model/suite'
import type { Suite } from '../../../../src/shared/model/suite'
import { RunSuiteInput } from '../../../../src/shared/control/replay-schemas'
import type { SkippedCapture } from '../../../../src/shared/model/capture'
import {
  copyStep,
  insertStep,
  moveStep,
  removeStep,
  textStep,
} from '../../../../src/renderer/src/features/replay/step-list'
import {
  seedOf,
  withOptional,
  withTags,
} from '../../../../src/renderer/src/features/replay/suite-draft'
import {
  clampConcurrency,
  DEFAULT_CHOICES,
  runInput,
  suiteTags,
  toggleTag,
} from '../../../../src/renderer/src/features/replay/run-choices'
import { skipGroups } from '../../../../src/renderer/src/features/replay/skip-groups'

const suite: Suite = suiteSchema.parse({
  version: 1,
  name: 'smoke',
  steps: [
    { name: 'a', tags: ['smoke'], send: { type: 'text', fields: { Content: 'a' } } },
    { name: 'b', send: { xml: '<xml><MsgType>text</MsgType></xml>' }, expect: { noRetry: true } },
    { send: { type: 'text', fields: { Content: 'c' } }, tags: ['slow', 'smoke'] },
  ],
})
const names = (s: Suite) => s.steps.map((step) => step.name ?? step.send)

describe('step list edits', () => {
  it('adds a text step where asked, clamped to the list', () => {
    const added = insertStep(suite, 99, textStep('hello'))
    expect(added.steps).toHaveLength(4)
    expect(added.steps[3]).toEqual({ send: { type: 'text', fields: { Content: 'hello' } } })
    expect(insertStep(suite, -3, textStep('x')).steps[0]?.send).toEqual(textStep('x').send)
    expect(suiteSchema.parse(added)).toEqual(added)
  })

  it('copies a step right after it, deeply, with the name marked', () => {
    const copied = copyStep(suite, 0, (name) => `${name} (copy)`)
    expect(names(copied).slice(0, 3)).toEqual(['a', 'a (copy)', 'b'])
    const copy = copied.steps[1]!
    expect(copy.send).toEqual(suite.steps[0]!.send)
    expect(copy.send).not.toBe(suite.steps[0]!.send)
    expect(copy.tags).not.toBe(suite.steps[0]!.tags)
    // An unnamed step stays unnamed; an index past the end changes nothing.
    expect(copyStep(suite, 2, (n) => `${n}!`).steps[3]).toEqual(suite.steps[2])
    expect(copyStep(suite, 7, (n) => n)).toBe(suite)
  })

  it('moves a step up and down, never past either end', () => {
    expect(names(moveStep(suite, 1, -1)).slice(0, 2)).toEqual(['b', 'a'])
    expect(names(moveStep(suite, 0, 1)).slice(0, 2)).toEqual(['b', 'a'])
    expect(moveStep(suite, 0, -1)).toBe(suite)
    expect(moveStep(suite, 2, 1)).toBe(suite)
    expect(moveStep(suite, 5, -1)).toBe(suite)
    expect(moveStep(suite, 1, 0)).toBe(suite)
    // Nothing is lost or duplicated.
    const moved = moveStep(suite, 2, -1)
    expect(new Set(moved.steps)).toEqual(new Set(suite.steps))
  })

  it('removes any step but the last one', () => {
    expect(removeStep(suite, 1).steps).toEqual([suite.steps[0], suite.steps[2]])
  })
})

describe('run options kept in the suite', () => {
  it('reads a seed as typed: plain numbers as numbers, the rest as strings', () => {
    expect(seedOf('42')).toBe(42)
    expect(seedOf(' 0 ')).toBe(0)
    expect(seedOf('007')).toBe('007')
    expect(seedOf('smoke-1')).toBe('smoke-1')
    expect(seedOf('  ')).toBeUndefined()
    expect(seedOf('1234567890123456789')).toBe('1234567890123456789')
  })

  it('sets and clears seed and keepMsgIds', () => {
    const seeded = withOptional(suite, 'seed', 42)
    expect(seeded.seed).toBe(42)
    expect('seed' in withOptional(seeded, 'seed', undefined)).toBe(false)
    const kept = withOptional(suite, 'keepMsgIds', true)
    expect(kept.keepMsgIds).toBe(true)
    // false is the default: the file leaves it out.
    expect('keepMsgIds' in withOptional(kept, 'keepMsgIds', false)).toBe(false)
    expect(suiteSchema.parse(kept)).toEqual(kept)
  })

  it('reads step tags typed with commas or spaces', () => {
    const step = suite.steps[1]!
    expect(withTags(step, 'smoke, slow  smoke，夜间').tags).toEqual(['smoke', 'slow', '夜间'])
    expect('tags' in withTags(suite.steps[0]!, ' , ')).toBe(false)
  })
})

describe('the run bar', () => {
  it('offers the suite’s tags, each once, sorted', () => {
    expect(suiteTags(suite)).toEqual(['slow', 'smoke'])
    expect(suiteTags(undefined)).toEqual([])
  })

  it('keeps concurrency within 1–16', () => {
    expect(clampConcurrency(0)).toBe(1)
    expect(clampConcurrency(4.7)).toBe(4)
    expect(clampConcurrency(99)).toBe(16)
    expect(clampConcurrency(Number.NaN)).toBe(1)
  })

  it('sends only what differs from the defaults, and only tags the suite has', () => {
    expect(runInput('s.json', DEFAULT_CHOICES, suite)).toEqual({ file: 's.json' })
    const choices = toggleTag(
      toggleTag({ tags: ['gone'], bail: true, concurrency: 40 }, 'slow'),
      'smoke',
    )
    const input = runInput('s.json', choices, suite)
    expect(input).toEqual({ file: 's.json', tags: ['slow', 'smoke'], bail: true, concurrency: 16 })
    expect(RunSuiteInput.parse(input)).toEqual(input)
    expect(toggleTag(choices, 'slow').tags).toEqual(['gone', 'smoke'])
  })
})

describe('skips grouped by reason', () => {
  const skip = (name: string, reason: SkippedCapture['reason']): SkippedCapture => ({
    source: { kind: 'xml', name },
    reason,
  })
  it('groups in order of first appearance and lists the first few of each', () => {
    const groups = skipGroups(
      [skip('a', 'not-xml'), skip('b', 'not-a-post'), skip('c', 'not-xml'), skip('d', 'not-xml')],
      2,
    )
    expect(groups.map((g) => [g.reason, g.total, g.items.map((i) => i.source.name)])).toEqual([
      ['not-xml', 3, ['a', 'c']],
      ['not-a-post', 1, ['b']],
    ])
  })
})
