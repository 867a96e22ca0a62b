/**
 * The main window with Electron's security checklist applied: context isolation, sandbox, no Node
 * in the page, no webview, navigation limited to the core's own origin, window.open denied
 * (external http(s) links go to the system browser), every permission request denied.
 */
import { BrowserWindow, session, shell } from 'electron'
import { join } from 'node:path'

export function createMainWindow(appUrl: string, preloadDir: string): BrowserWindow {
  const origin = new URL(appUrl).origin
  const win = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'mpsim',
    webPreferences: {
      preload: join(preloadDir, 'index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webviewTag: false,
      spellcheck: false,
    },
  })
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) =>
    callback(false),
  )
  win.webContents.setWindowOpenHandler(({ url }) => {
    if (/^https?:\/\//.test(url) && new URL(url).origin !== origin) void shell.openExternal(url)
    return { action: 'deny' }
  })
  win.webContents.on('will-navigate', (event, url) => {
    if (new URL(url).origin !== origin) event.preventDefault()
  })
  win.once('ready-to-show', () => win.show())
  void win.loadURL(appUrl)
  return win
}
