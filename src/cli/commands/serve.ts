/**
 * `mpsim serve`: the whole core in plain Node — mock WeChat, the sample bot, the control API and
 * the browser-mode UI. Prints the URLs, or with --json one JSON line once everything listens;
 * stops cleanly on SIGINT/SIGTERM.
 */
import { startCoreSession } from '../../core/core-session'
import { DEFAULT_CONTROL_PORT } from '../../core/start-core'
import type { RunningCore } from '../../core/start-core'
import { defaultWorkspaceDir } from '../../core/workspace'
import { overlayAccount, validateAccountFlags } from '../account-context'
import { openAppWindow } from '../open-browser'
import type { CommonOptions } from '../options'
import { packageVersion, RENDERER_DIR } from '../paths'
import { pickLang } from '../report/lang'
import { styleFor } from '../report/style'
import { renderWorkspaceProblems } from '../report/workspace-problems'

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
  const lang = pickLang(options.lang)
  // A file moved aside at start is said before the URLs, where it cannot be missed.
  const problemLines = (running: RunningCore) =>
    renderWorkspaceProblems(running.workspace.problems, lang, styleFor(process.stdout))
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
    for (const line of problemLines(next)) console.log(`  ${line}`)
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
        // Codes and fields as the app gets them (getSetup); `message` is English, for logs.
        problems: core.workspace.problems,
      }) + '\n',
    )
  } else {
    if (core.portMoved) {
      console.log(`mpsim: the control port was taken; using ${new URL(core.url).port} instead.`)
    }
    console.log(`mpsim is running (browser mode). / mpsim 已启动（浏览器模式）。`)
    for (const line of problemLines(core)) console.log(`  ${line}`)
    console.log(`  UI / 界面:              ${core.uiUrl}`)
    console.log(`  mock WeChat / 模拟微信:  ${core.platformUrl}  (/cgi-bin, /sns, /connect/oauth2)`)
    if (core.botUrl) console.log(`  sample bot / 示例机器人: ${core.botUrl}`)
    console.log(`  workspace / 工作区:      ${core.workspace.dir}`)
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
