/**
 * The flags of `mpsim load` on top of every command's (options.ts). The load's own values stay
 * strings here and are read in flags.ts, where each refusal can name the flag, its bounds and
 * the rule between flags in both languages; --timeout and --attempts are read as for `send`.
 */
import type { Command } from 'commander'
import { parseAttempts, parseTimeoutMs, withCommonOptions } from '../options'
import { DEFAULT_DURATION_MS, DEFAULT_RATE } from './flags'
import { LOAD_EXIT_HELP } from './exit'

export const LOAD_DESCRIPTION =
  'load a bot with WeChat-faithful traffic (simulated users, a fixed arrival rate, every push signed, encrypted, retried and judged) and say whether it survives the rate under WeChat’s 5 s rule'

export function withLoadOptions(command: Command): Command {
  return withCommonOptions(command)
    .option(
      '--users <n>',
      'simulated users, each with its own openid and follow state (default 100)',
    )
    .option(
      '--rate <r>',
      `new messages per second whatever the bot’s pace (open model), e.g. 200 or 200/s (default ${DEFAULT_RATE})`,
    )
    .option(
      '--concurrency <c>',
      'instead of --rate: this many messages in flight, each sent when the previous one settled (closed model)',
    )
    .option(
      '--ramp <r2>',
      'climb the rate from --rate to r2 over the run, to find where the 5 s rule breaks',
    )
    .option(
      '--duration <time>',
      `how long to run: 30s, 2m, 500ms, 1m30s (default ${DEFAULT_DURATION_MS / 1000}s unless --messages)`,
    )
    .option(
      '--messages <m>',
      'stop after this many messages (with --duration: whichever comes first)',
    )
    .option(
      '--mix <types>',
      'message types and weights, e.g. text:70,image:10,event.CLICK:20 (default: text)',
    )
    .option('--timeout <ms>', 'per-attempt deadline (WeChat: 5000)', parseTimeoutMs)
    .option(
      '--attempts <n>',
      'deliveries when the bot misses the deadline (WeChat: 3)',
      parseAttempts,
    )
    .option(
      '--record-per-second <n>',
      'exchanges written to the log per second; above it a sample (default 200; every push is counted)',
    )
    .option(
      '--out <file>',
      'write the JSON report to FILE (the readable report still goes to stdout)',
    )
    .addHelpText('after', LOAD_EXIT_HELP)
}
