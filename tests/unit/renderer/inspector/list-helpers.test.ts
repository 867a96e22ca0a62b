/** The list's small helpers: clock formatting, worst-first problems, signature diffs. */
import { describe, expect, it } from 'vitest'
import {
  groupProblems,
  worstFirst,
} from '../../../../src/renderer/src/features/inspector/problem-order'
import { diffPieces } from '../../../../src/renderer/src/features/inspector/signature-diff'
import {
  clockTime,
  dateTime,
  wallDiffers,
} from '../../../../src/renderer/src/features/inspector/time-format'
import type { ReplyProblem } from '../../../../src/shared/model/verdict'

describe('time format', () => {
  it('shows HH:mm:ss on a 24-hour clock, and a full local date-time', () => {
    const noonish = new Date(2026, 10, 24, 13, 5, 9).getTime()
    expect(clockTime(noonish)).toBe('13:05:09')
    expect(clockTime(new Date(2026, 0, 1, 0, 0, 0).getTime())).toBe('00:00:00')
    expect(dateTime(noonish)).toBe('2026-11-24 13:05:09')
  })

  it('mentions the wall clock only when the simulated one was moved', () => {
    expect(wallDiffers(1_700_000_000, 1_700_000_000_900)).toBe(false)
    expect(wallDiffers(1_700_000_000, 1_700_000_003_000)).toBe(true)
    expect(wallDiffers(1_700_000_000, undefined)).toBe(false)
  })
})

describe('problems', () => {
  const problem = (
    code: ReplyProblem['code'],
    severity: ReplyProblem['severity'],
    detail: ReplyProblem['detail'] = {},
  ): ReplyProblem => ({ code, severity, detail, spec: '§7.2' })

  it('puts errors first, then warnings, then notes, keeping the order within each', () => {
    const list = [
      problem('content-type-unusual', 'info'),
      problem('field-missing', 'error', { field: 'ToUserName' }),
      problem('create-time-milliseconds', 'warning'),
      problem('to-from-not-swapped', 'error'),
    ]
    expect(worstFirst(list).map((p) => p.code)).toEqual([
      'field-missing',
      'to-from-not-swapped',
      'create-time-milliseconds',
      'content-type-unusual',
    ])
  })

  it('groups repeats of one code into one entry with every occurrence’s facts', () => {
    const groups = groupProblems([
      problem('content-type-unusual', 'info', { got: 'application/json' }),
      problem('field-missing', 'error', { field: 'ToUserName' }),
      problem('field-missing', 'error', { field: 'Content' }),
    ])
    expect(groups.map((g) => g.code)).toEqual(['field-missing', 'content-type-unusual'])
    expect(groups[0]!.details).toEqual([{ field: 'ToUserName' }, { field: 'Content' }])
  })
})

describe('diffPieces', () => {
  it('marks the characters of the received value that differ from the expected one', () => {
    expect(diffPieces('a94a8fe5', '094a8fe5')).toEqual([
      { text: '0', same: false },
      { text: '94a8fe5', same: true },
    ])
    expect(diffPieces('abc', 'abc')).toEqual([{ text: 'abc', same: true }])
    // A longer received value: the extra characters differ.
    expect(diffPieces('ab', 'abcd')).toEqual([
      { text: 'ab', same: true },
      { text: 'cd', same: false },
    ])
    expect(diffPieces('abc', '')).toEqual([])
  })
})
