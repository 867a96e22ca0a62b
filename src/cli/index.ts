/**
 * The `mpsim` command line: the same core as the desktop app, without a UI.
 * commander parses argv (well kept, typed, generates --help); each command lives in commands/.
 */
import { Command, InvalidArgumentError, Option } from 'commander'
import type { CommanderError } from 'commander'
import { MpsimError } from '../core/errors'
import { UsageError } from './flag-rules'
import { serve } from './commands/serve'
import type { ServeOptions } from './commands/serve'
import { send } from './commands/send'
import type { SendOptions } from './commands/send'
import { verify } from './commands/verify'
import type { VerifyOptions } from './commands/verify'
import { conformance } from './commands/conformance'
import type { ConformanceOptions } from './commands/conformance'
import { replay } from './commands/replay'
import type { ReplayOptions } from './commands/replay'
import { load } from './commands/load'
import type { LoadOptions } from './commands/load'
import { LOAD_DESCRIPTION, withLoadOptions } from './load/options'
import { EXIT, EXIT_HELP } from './exit-codes'
import { REPLAY_EXIT, REPLAY_EXIT_HELP } from './replay/exit'
import { parseAttempts, parsePort, parseTimeoutMs, withCommonOptions } from './options'
import { packageVersion } from './paths'
import { UnknownTypeError } from './resolve-type'

function parseSeconds(value: string): number {
  const n = Number(value)
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('a whole number of seconds')
  return n
}

const collect = (value: string, previous: string[]) => [...previous, value]

const ATTEMPTS_HELP = 'deliveries when the bot misses the deadline (WeChat: 3)'
const TIMEOUT_HELP = 'per-attempt deadline (WeChat: 5000)'

const NO_ATTACH = '--no-attach'
const NO_ATTACH_HELP =
  'run on a core of its own even when the app or `mpsim serve` runs on this workspace'

const program = new Command()
  .name('mpsim')
  .description('A local stand-in for the WeChat Official Account platform (微信公众平台).')
  .version(packageVersion())
  .addHelpText('after', EXIT_HELP)

withCommonOptions(
  program
    .command('serve')
    .description(
      'start mock WeChat, the sample bot, the control API and the browser-mode UI on 127.0.0.1',
    )
    .option('-p, --port <port>', 'control API / UI port (same as --control-port)', parsePort)
    .option('--open', 'open the UI in Chromium app mode when a display is available', false)
    .option(
      '--auto-consent',
      'approve OAuth consent as the current user, without a page (headless runs)',
      false,
    ),
).action(async (opts: ServeOptions) => {
  await serve(opts)
})

withCommonOptions(
  program
    .command('verify')
    .argument('[url]', 'the bot URL (default: the account’s bot URL)')
    .description(
      'run the URL-verification handshake (GET echostr) against a bot, and say why it fails',
    )
    .option('--probe', 'also send a forged signature: does the bot really check it?', false)
    .option('--timeout <ms>', 'deadline (WeChat: 5000)', parseTimeoutMs)
    .option(NO_ATTACH, NO_ATTACH_HELP),
)
  .addHelpText('after', EXIT_HELP)
  .action(async (url: string | undefined, opts: VerifyOptions) => {
    process.exitCode = await verify(url, opts)
  })

withCommonOptions(
  program
    .command('send')
    .argument('[url]', 'the bot URL (default: the account’s bot URL)')
    .description('push one message or event as WeChat does, and judge the reply as WeChat would')
    .requiredOption(
      '--type <type>',
      'text, image, voice, video, shortvideo, location, link, or an event: subscribe, CLICK, VIEW, SCAN …',
    )
    .option('--content <text>', 'Content of a text message')
    .option('--event-key <key>', 'EventKey of an event')
    .option('--field <Name=Value>', 'any element of the push (repeatable)', collect, [])
    .option('--values <json>', 'element values as JSON, for groups such as ScanCodeInfo')
    .option('--user <openid>', 'the simulated user sending it (default: the first user)')
    .option('--attempts <n>', ATTEMPTS_HELP, parseAttempts)
    .option('--timeout <ms>', TIMEOUT_HELP, parseTimeoutMs)
    .option(
      '--content-type <type>',
      'send another Content-Type than text/xml (e.g. application/xml)',
    )
    .option('--wrong-signature', 'send a wrong signature: does the bot check it?', false)
    .option('--stale-seconds <s>', 'send a timestamp this many seconds old', parseSeconds)
    .option('--previous-key', 'encrypt with the previous EncodingAESKey (key rotation)', false)
    .option(NO_ATTACH, NO_ATTACH_HELP),
)
  .addHelpText('after', EXIT_HELP)
  .action(async (url: string | undefined, opts: SendOptions) => {
    process.exitCode = await send(url, opts)
  })

function parseConcurrency(value: string): number {
  const n = Number(value)
  if (!Number.isInteger(n) || n < 1 || n > 64)
    throw new InvalidArgumentError('an integer from 1 to 64')
  return n
}

/** A flag commander refuses is a configuration error for replay and conformance (exit 2, not 1). */
function replayExit(error: CommanderError): never {
  process.exit(error.exitCode === 0 ? 0 : REPLAY_EXIT.config)
}

/** The flags `replay` and `conformance` share: how to run and how to report. */
function withRunOptions(command: Command): Command {
  return withCommonOptions(command)
    .addOption(
      new Option('--reporter <name>', 'report format (default: text; --json = json)').choices([
        'text',
        'json',
        'junit',
      ]),
    )
    .option('--out <file>', 'write the report to FILE (the readable text still goes to stdout)')
    .option('--bail', 'stop at the first failing step; the rest are reported skipped', false)
    .option('--concurrency <n>', 'steps delivered at once (default 1)', parseConcurrency)
    .option(NO_ATTACH, NO_ATTACH_HELP)
    .addHelpText('after', REPLAY_EXIT_HELP)
    .exitOverride(replayExit)
}

withRunOptions(
  program
    .command('replay')
    .argument(
      '<files...>',
      'suite files (.yaml, .yml, .json) and captures: XML files, folders, HAR files, exchange logs and exports',
    )
    .description('replay suites and captured messages against a bot and check every assertion (CI)')
    .option('--tag <tag>', 'run only the steps with this tag (repeatable)', collect, [])
    .option('--attempts <n>', ATTEMPTS_HELP, parseAttempts)
    .option('--timeout <ms>', TIMEOUT_HELP, parseTimeoutMs),
).action(async (files: string[], opts: ReplayOptions) => {
  process.exitCode = await replay(files, opts)
})

withRunOptions(
  program
    .command('conformance')
    .argument('[url]', 'the bot URL (default: the account’s bot URL)')
    .description(
      'check a bot’s WeChat basics: URL verification, every message type answered in time, valid replies, encryption, no duplicate work on a retry',
    ),
).action(async (url: string | undefined, opts: ConformanceOptions) => {
  process.exitCode = await conformance(url, opts)
})

withLoadOptions(
  program
    .command('load')
    .argument('[url]', 'the bot URL (default: the account’s bot URL)')
    .description(LOAD_DESCRIPTION),
)
  .option(NO_ATTACH, NO_ATTACH_HELP)
  .action(async (url: string | undefined, opts: LoadOptions) => {
    process.exitCode = await load(url, opts)
  })

program.parseAsync(process.argv).catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error)
  if (
    error instanceof UsageError ||
    error instanceof UnknownTypeError ||
    error instanceof MpsimError
  ) {
    console.error(`mpsim: ${message}`)
    process.exit(EXIT.usage)
  }
  console.error(`mpsim: internal error: ${message}`)
  if (error instanceof Error && error.stack) console.error(error.stack)
  process.exit(EXIT.internal)
})
