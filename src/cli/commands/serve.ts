/**
 * `mpsim serve`: the core (control API + the browser-mode UI) in plain Node. Prints the URLs, or
 * with --json one JSON line once everything listens; stops cleanly on SIGINT/SIGTERM.
 */
import { startCore, DEFAULT_CONTROL_PORT } from '../../core/start-core'
import { openAppWindow } from '../open-browser'
import { packageVersion, RENDERER_DIR } from '../paths'

export interface ServeOptions {
  port: number
  json: boolean
  open: boolean
  seed?: string
}

export async function serve(options: ServeOptions): Promise<void> {
  const core = await startCore({
    host: 'node',
    version: packageVersion(),
    controlPort: options.port,
    rendererDir: RENDERER_DIR,
    seed: options.seed,
  })
  if (options.json) {
    process.stdout.write(
      JSON.stringify({ control: core.url, ui: core.uiUrl, token: core.token }) + '\n',
    )
  } else {
    if (core.portMoved) {
      console.log(`mpsim: port ${options.port} is taken; using ${new URL(core.url).port} instead.`)
    }
    console.log(`mpsim is running (browser mode). Open / 打开:\n  ${core.uiUrl}`)
    console.log('Press Ctrl+C to stop. / 按 Ctrl+C 停止。')
  }
  if (options.open) {
    const result = openAppWindow(core.uiUrl)
    if (!options.json) {
      console.log(
        result.opened
          ? `mpsim: opened the app window in ${result.browser}.`
          : `mpsim: did not open a window: ${result.reason}. Open the URL above in a browser.`,
      )
    }
  }
  const stop = () => {
    void core.stop().finally(() => process.exit(0))
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}

export { DEFAULT_CONTROL_PORT }
