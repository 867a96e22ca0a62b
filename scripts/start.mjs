// `npm start`: the desktop app where Electron's binary is (or can be) installed; otherwise the same
// app in browser mode (the core serves the built renderer on 127.0.0.1 and, when a display and
// Chromium exist, opens it in app mode). It always says which mode it chose and why.
// The build is up to date (prestart: scripts/build-if-stale.mjs). Flags after `npm start --`
// (`--control-port 6101`, `--platform-port`, `--bot-port`, `--workspace DIR`) go to either mode.
import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import { ensureElectron } from './ensure-electron.mjs'

const forceBrowser = process.argv.includes('--browser') || process.env.MPSIM_BROWSER === '1'
const passOn = process.argv.slice(2).filter((arg) => arg !== '--browser')

function run(command, args) {
  const child = spawn(command, args, { stdio: 'inherit' })
  const forward = (signal) => child.kill(signal)
  process.on('SIGINT', forward)
  process.on('SIGTERM', forward)
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
}

function browserMode(why) {
  console.log(`[mpsim] Starting in browser mode: ${why}`)
  console.log('[mpsim] 以浏览器模式启动：' + why)
  run(process.execPath, ['out/main/cli.js', 'serve', '--open', ...passOn])
}

if (forceBrowser) {
  browserMode('browser mode was asked for (--browser / MPSIM_BROWSER=1).')
} else {
  const electron = ensureElectron()
  if (electron.ok) {
    const electronPath = createRequire(import.meta.url)('electron')
    console.log('[mpsim] Starting the desktop app (Electron).')
    run(electronPath, ['.', ...passOn])
  } else {
    browserMode(
      `the Electron binary is not installed and could not be downloaded (${electron.why}).`,
    )
  }
}
