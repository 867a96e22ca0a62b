/**
 * Electron shell: starts the core in-process, opens the window on the core's own URL (the same
 * renderer code the browser-mode tests cover), answers the preload's bootstrap, and stops the core
 * on quit. The only folder that imports 'electron'.
 */
import { app, BrowserWindow, ipcMain } from 'electron'
import { fileURLToPath } from 'node:url'
import { startCore } from '../core/start-core'
import { defaultWorkspaceDir } from '../core/workspace'
import type { RunningCore } from '../core/start-core'
import { DESKTOP_CHANNELS } from '../shared/desktop-api'
import type { DesktopBootstrap } from '../shared/desktop-api'
import { createMainWindow } from './window'

const RENDERER_DIR = fileURLToPath(new URL('../renderer', import.meta.url))
const PRELOAD_DIR = fileURLToPath(new URL('../preload', import.meta.url))

let core: RunningCore | undefined

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', () => {
    const win = BrowserWindow.getAllWindows()[0]
    if (win) {
      if (win.isMinimized()) win.restore()
      win.focus()
    }
  })
  void app.whenReady().then(async () => {
    const devUrl = process.env.ELECTRON_RENDERER_URL
    core = await startCore({
      host: 'electron',
      version: app.getVersion(),
      rendererDir: RENDERER_DIR,
      // The same folder `mpsim send` and `mpsim serve` use, so the CLI acts as the app's account.
      workspaceDir: defaultWorkspaceDir(),
      extraOrigins: devUrl ? [new URL(devUrl).origin] : [],
    })
    const running = core
    ipcMain.handle(DESKTOP_CHANNELS.bootstrap, (event): DesktopBootstrap => {
      // Only the app's own pages may ask for the token.
      const sender = new URL(event.senderFrame?.url ?? 'about:blank').origin
      const allowed = [new URL(running.url).origin, devUrl ? new URL(devUrl).origin : '']
      if (!allowed.includes(sender)) throw new Error('bootstrap refused for ' + sender)
      return { token: running.token }
    })
    createMainWindow(devUrl ?? running.url, PRELOAD_DIR)
  })
  app.on('window-all-closed', () => app.quit())
  app.on('will-quit', (event) => {
    if (!core) return
    event.preventDefault()
    const stopping = core
    core = undefined
    void stopping.stop().finally(() => app.quit())
  })
}
