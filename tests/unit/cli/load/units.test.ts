/**
 * Durations and rates as `mpsim load` reads them (docs/load.md "The command"): what a person
 * writes, bounded as the control API bounds them, every refusal naming the flag and an example.
 */
import { describe, expect, it } from 'vitest'
import { UsageError } from '../../../../src/cli/flag-rules'
import { parseDuration, parseRate, parseWhole } from '../../../../src/cli/load/units'

describe('parseDuration', () => {
  it.each([
    ['30s', 30_000],
    ['2m', 120_000],
    ['2min', 120_000],
    ['500ms', 500],
    ['1m30s', 90_000],
    ['1h', 3_600_000],
    ['1.5s', 1500],
    ['60', 60_000],
    [' 10S ', 10_000],
  ])('reads %s as %i ms', (text, ms) => {
    expect(parseDuration(text)).toBe(ms)
  })

  it.each(['', 'abc', '5x', '10 s', 's', '-5s', '1m30'])('refuses %j with an example', (text) => {
    expect(() => parseDuration(text)).toThrow(UsageError)
    expect(() => parseDuration(text)).toThrow(/--duration .* is not a duration: write 30s, 2m/)
  })

  it('keeps to the control API bounds, 100ms to 24h', () => {
    expect(parseDuration('100ms')).toBe(100)
    expect(parseDuration('24h')).toBe(86_400_000)
    expect(() => parseDuration('99ms')).toThrow(/out of range: from 100ms to 24h/)
    expect(() => parseDuration('25h')).toThrow(/out of range/)
  })
})

describe('parseRate', () => {
  it.each([
    ['200', 200],
    ['200/s', 200],
    ['200/sec', 200],
    ['12.5/s', 12.5],
    ['6000/min', 100],
    ['60/m', 1],
  ])('reads %s as %d msg/s', (text, rate) => {
    expect(parseRate(text)).toBeCloseTo(rate)
  })

  it.each(['0', '-5', 'fast', '200/h', '100001', ''])('refuses %j, naming the flag', (text) => {
    expect(() => parseRate(text, '--ramp')).toThrow(
      /^--ramp ".*" is not a rate: .* e\.g\. --ramp 200/,
    )
  })
})

describe('parseWhole', () => {
  it('reads whole numbers within the bounds (underscores allowed)', () => {
    expect(parseWhole('100', '--users', 1, 100_000)).toBe(100)
    expect(parseWhole('10_000', '--users', 1, 100_000)).toBe(10_000)
  })

  it.each(['0', '1.5', 'ten', '', '100001'])('refuses %j with the bounds', (text) => {
    expect(() => parseWhole(text, '--users', 1, 100_000)).toThrow(
      /--users ".*" must be a whole number from 1 to 100000/,
    )
  })
})
