/**
 * The main window: context isolation, sandbox, no Node in the page, no webview tag. Navigation and
 * permission rules live in security.ts and cover every web contents, this one included.
 */
import { BrowserWindow } from 'electron'
import { join } from 'node:path'

export function createMainWindow(appUrl: string, preloadDir: string): BrowserWindow {
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
      nodeIntegrationInWorker: false,
      webviewTag: false,
      spellcheck: false,
    },
  })
  win.once('ready-to-show', () => win.show())
  void win.loadURL(appUrl)
  return win
}
