/**
 * `mpsim load`'s flags as commander parses them and as they reach the control API's runLoad
 * (docs/load.md "The command"): the documented defaults (50 msg/s for 30 s), the open and closed
 * models, a ramp, and the rules between flags — each refusal saying what to do instead.
 */
import { resolve } from 'node:path'
import { Command } from 'commander'
import { describe, expect, it } from 'vitest'
import { UsageError } from '../../../../src/cli/flag-rules'
import { linkOptionsOf, loadInputOf } from '../../../../src/cli/load/flags'
import type { LoadOptions } from '../../../../src/cli/load/flags'
import { withLoadOptions } from '../../../../src/cli/load/options'
import { StartLoadInput } from '../../../../src/shared/control/load-schemas'

function parse(args: string[]): { url: string | undefined; options: LoadOptions } {
  let seen: { url: string | undefined; options: LoadOptions } | undefined
  const command = withLoadOptions(new Command('load').argument('[url]'))
    .exitOverride()
    .action((url: string | undefined, options: LoadOptions) => {
      seen = { url, options }
    })
  command.configureOutput({ writeErr: () => undefined, writeOut: () => undefined })
  command.parse(['node', 'load', ...args])
  if (!seen) throw new Error('no action')
  return seen
}

function input(args: string[]) {
  const { url, options } = parse(args)
  const result = loadInputOf(url, options, 'run-1')
  // Whatever the CLI asks for, the control API takes as it is.
  expect(StartLoadInput.safeParse(result).success).toBe(true)
  return result
}

const URL = 'http://127.0.0.1:8000/wechat'

describe('mpsim load flags → runLoad input', () => {
  it('defaults to an open model at 50 msg/s for 30 s, the account’s bot, the core’s users', () => {
    expect(input([])).toEqual({ runId: 'run-1', rate: 50, durationMs: 30_000 })
  })

  it('passes every flag through', () => {
    expect(
      input([
        URL,
        '--users',
        '500',
        '--rate',
        '200/s',
        '--ramp',
        '800',
        '--duration',
        '1m',
        '--messages',
        '20000',
        '--mix',
        'text:70,image:10,event.CLICK:20',
        '--mode',
        'compat',
        '--seed',
        's1',
        '--timeout',
        '3000',
        '--attempts',
        '2',
        '--record-per-second',
        '0',
      ]),
    ).toEqual({
      runId: 'run-1',
      botUrl: URL,
      users: 500,
      rate: 200,
      rampTo: 800,
      durationMs: 60_000,
      messages: 20_000,
      mix: [
        { typeId: 'text', weight: 70 },
        { typeId: 'image', weight: 10 },
        { typeId: 'event.CLICK', weight: 20 },
      ],
      mode: 'compatible',
      seed: 's1',
      timeoutMs: 3000,
      attempts: 2,
      recordPerSecond: 0,
    })
  })

  it('a closed model with --concurrency, and --target as the URL', () => {
    expect(input(['--concurrency', '20', '--target', URL])).toEqual({
      runId: 'run-1',
      botUrl: URL,
      concurrency: 20,
      durationMs: 30_000,
    })
  })

  it('--messages alone ends the run by count, without the default duration', () => {
    expect(input(['--messages', '1000'])).toEqual({ runId: 'run-1', rate: 50, messages: 1000 })
  })

  it.each([
    [['--rate', '10', '--concurrency', '5'], /--rate and --concurrency are two ways .* Give one/],
    [
      ['--concurrency', '5', '--ramp', '100'],
      /--ramp climbs the arrival rate, so it goes with --rate/,
    ],
    [['--rate', '100', '--ramp', '100'], /--ramp 100 must be above the starting rate 100/],
    [['--ramp', '40'], /--ramp 40 must be above the starting rate 50 \(the default --rate\)/],
    [
      ['--messages', '10', '--ramp', '400'],
      /--ramp climbs over the run's duration: give --duration/,
    ],
    [['--concurrency', '0'], /--concurrency "0" must be a whole number from 1 to 10000/],
    [['--users', '0'], /--users "0" must be a whole number from 1 to 100000/],
    [['--messages', '1.5'], /--messages "1.5" must be a whole number/],
    [['--record-per-second', '-1'], /--record-per-second "-1"/],
    [['--duration', 'forever'], /--duration "forever" is not a duration/],
    [
      ['127.0.0.1:8000/wechat'],
      /is not a bot URL: write it in full, e.g. http:\/\/127\.0\.0\.1:8000\/wechat/,
    ],
    [['ftp://example.com/'], /is not a bot URL/],
  ])('refuses %j', (args, problem) => {
    const { url, options } = parse(args)
    expect(() => loadInputOf(url, options, 'run-1')).toThrow(UsageError)
    expect(() => loadInputOf(url, options, 'run-1')).toThrow(problem)
  })

  it('refuses --timeout and --attempts out of the control API bounds, as send does', () => {
    expect(() => parse(['--timeout', '50'])).toThrow(/milliseconds, from 100 to 600000/)
    expect(() => parse(['--attempts', '11'])).toThrow(/an integer from 1 to 10/)
  })

  it('hands --seed to the run, not to the core link (so it still attaches)', () => {
    const { options } = parse(['--seed', 's1', '--workspace', 'ws'])
    expect(linkOptionsOf(options).seed).toBeUndefined()
    expect(linkOptionsOf(options).workspace).toBe(resolve('ws'))
  })
})
