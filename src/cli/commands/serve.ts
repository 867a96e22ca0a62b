/**
 * `mpsim serve`: the whole core in plain Node — mock WeChat, the sample bot, the control API and
 * the browser-mode UI. Prints the URLs, or with --json one JSON line once everything listens;
 * stops cleanly on SIGINT/SIGTERM.
 */
import { startCoreSession } from '../../core/core-session'
import { DEFAULT_CONTROL_PORT } from '../../core/start-core'
import { defaultWorkspaceDir } from '../../core/workspace'
import { overlayAccount, validateAccountFlags } from '../account-context'
import { openAppWindow } from '../open-browser'
import type { CommonOptions } from '../options'
import { packageVersion, RENDERER_DIR } from '../paths'

export interface ServeOptions extends CommonOptions {
  port?: number
  open: boolean
  autoConsent: boolean
}

export async function serve(options: ServeOptions): Promise<void> {
  validateAccountFlags(options)
  const session = await startCoreSession({
    host: 'node',
    version: packageVersion(),
    controlPort: options.controlPort ?? options.port ?? DEFAULT_CONTROL_PORT,
    ...(options.platformPort === undefined ? {} : { platformPort: options.platformPort }),
    ...(options.botPort === undefined ? {} : { botPort: options.botPort }),
    rendererDir: RENDERER_DIR,
    workspaceDir: options.workspace ?? defaultWorkspaceDir(),
    autoConsent: options.autoConsent,
    accountOverrides: (account) => overlayAccount(account, options),
    ...(options.seed === undefined ? {} : { seed: options.seed }),
  })
  const core = session.current()
  session.onSwitch((next, error) => {
    if (options.json) return
    if (error) {
      const reason = error instanceof Error ? error.message : 'unknown error'
      console.log(
        `mpsim: could not open that workspace (${reason}); still using ${next.workspace.dir}`,
      )
    } else {
      console.log(`mpsim: workspace is now ${next.workspace.dir} / 工作区已切换`)
    }
  })
  if (options.json) {
    process.stdout.write(
      JSON.stringify({
        platform: core.platformUrl,
        bot: core.botUrl ?? null,
        control: core.url,
        ui: core.uiUrl,
        token: core.token,
        workspace: core.workspace.dir,
      }) + '\n',
    )
  } else {
    if (core.portMoved) {
      console.log(`mpsim: the control port was taken; using ${new URL(core.url).port} instead.`)
    }
    console.log(`mpsim is running (browser mode). / mpsim 已启动（浏览器模式）。`)
    console.log(`  UI / 界面:              ${core.uiUrl}`)
    console.log(`  mock WeChat / 模拟微信:  ${core.platformUrl}  (/cgi-bin, /sns, /connect/oauth2)`)
    if (core.botUrl) console.log(`  sample bot / 示例机器人: ${core.botUrl}`)
    console.log(`  workspace / 工作区:      ${core.workspace.dir}`)
    for (const problem of core.workspace.problems) {
      console.log(`  ⚠ ${problem.file}: ${problem.message}`)
    }
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
    void session.stop().finally(() => process.exit(0))
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}

export { DEFAULT_CONTROL_PORT }
