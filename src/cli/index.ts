/**
 * The `mpsim` command line: the same core as the desktop app, without a UI.
 * commander parses argv (well kept, typed, generates --help); each command lives in commands/.
 */
import { Command, InvalidArgumentError } from 'commander'
import { serve, DEFAULT_CONTROL_PORT } from './commands/serve'
import { packageVersion } from './paths'

function parsePort(value: string): number {
  const port = Number(value)
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new InvalidArgumentError('a port is an integer from 0 to 65535 (0 = any free port)')
  }
  return port
}

const program = new Command()
  .name('mpsim')
  .description('A local stand-in for the WeChat Official Account platform (微信公众平台).')
  .version(packageVersion())

program
  .command('serve')
  .description('start the core and the browser-mode UI on 127.0.0.1')
  .option('-p, --port <port>', 'control API / UI port', parsePort, DEFAULT_CONTROL_PORT)
  .option('--json', 'print one JSON line {control, ui, token} once listening', false)
  .option('--open', 'open the UI in Chromium app mode when a display is available', false)
  .option('--seed <seed>', 'deterministic mode: reproducible nonces, ids and random prefixes')
  .action(async (opts: { port: number; json: boolean; open: boolean; seed?: string }) => {
    await serve(opts)
  })

program.parseAsync(process.argv).catch((error: unknown) => {
  console.error(`mpsim: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
