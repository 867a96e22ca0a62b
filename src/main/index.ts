/**
 * Electron shell: starts the core in-process (a core session, so File › Open workspace can move
 * it to another folder), opens the window on the core's own URL (the same renderer code the
 * browser-mode tests cover), answers the preload's bootstrap, builds the native menu, and stops
 * the core on quit. Single instance. The only folder that imports 'electron'.
 */
import { app, dialog, ipcMain, Menu, session as electronSession, shell } from 'electron'
import type { BrowserWindow } from 'electron'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { startCoreSession } from '../core/core-session'
import type { CoreSession } from '../core/core-session'
import { defaultWorkspaceDir } from '../core/workspace'
import { DESKTOP_CHANNELS } from '../shared/desktop-api'
import type { DesktopBootstrap } from '../shared/desktop-api'
import { importCaptureFiles } from './import-captures'
import { buildAppMenu } from './menu'
import { MENU_TEXT, menuLang } from './menu-text'
import { hardenApp } from './security'
import { routePhoneFrame } from './phone-browser'
import { parseStartOptions } from './start-options'
import type { StartOptions } from './start-options'
import { createMainWindow } from './window'

const RENDERER_DIR = fileURLToPath(new URL('../renderer', import.meta.url))
const PRELOAD_DIR = fileURLToPath(new URL('../preload', import.meta.url))
const README = fileURLToPath(new URL('../../README.md', import.meta.url))
const PROTOCOL_NOTES = fileURLToPath(new URL('../../docs/protocol.md', import.meta.url))
const devUrl = process.env['ELECTRON_RENDERER_URL']

let session: CoreSession | undefined
let window: BrowserWindow | undefined

const appOrigins = (): string[] => {
  const origins: string[] = []
  if (session) origins.push(new URL(session.current().url).origin)
  if (devUrl) origins.push(new URL(devUrl).origin)
  return origins
}

function text() {
  const setting = session?.current().workspace.settings.language ?? 'auto'
  return MENU_TEXT[menuLang(setting, app.getLocale())]
}

function installMenu(): void {
  const words = text()
  const menu = buildAppMenu(
    words,
    {
      openWorkspace: () => void openWorkspace(),
      saveWorkspace: () => void saveWorkspace(),
      importCaptures: () => void importCaptures(),
      openDocs: () => void openLocalDoc(README),
      openProtocolNotes: () => void openLocalDoc(PROTOCOL_NOTES),
      about: () =>
        void dialog.showMessageBox({
          message: 'mpsim',
          detail: words.aboutDetail(app.getVersion()),
        }),
    },
    !app.isPackaged,
  )
  Menu.setApplicationMenu(menu)
}

async function openLocalDoc(path: string): Promise<void> {
  if (existsSync(path)) await shell.openPath(path)
}

async function openWorkspace(): Promise<void> {
  if (!session || !window) return
  const words = text()
  const picked = await dialog.showOpenDialog(window, {
    title: words.chooseWorkspace,
    properties: ['openDirectory', 'createDirectory'],
  })
  const dir = picked.filePaths[0]
  if (picked.canceled || !dir) return
  try {
    await session.openWorkspace(dir)
  } catch (error) {
    dialog.showErrorBox(words.openFailed, error instanceof Error ? error.message : String(dir))
  }
}

async function saveWorkspace(): Promise<void> {
  if (!session || !window) return
  const words = text()
  await session.current().workspace.flush()
  await dialog.showMessageBox(window, { message: words.saved, detail: words.savedDetail })
}

async function importCaptures(): Promise<void> {
  if (!session || !window) return
  const words = text()
  const picked = await dialog.showOpenDialog(window, {
    title: words.chooseCaptures,
    // Folders too where the dialog can offer both (macOS); elsewhere, pick the files in a folder.
    properties: [
      'openFile',
      'multiSelections',
      ...(process.platform === 'darwin' ? (['openDirectory'] as const) : []),
    ],
    filters: [
      { name: words.captureFiles, extensions: ['xml', 'txt', 'har', 'json', 'ndjson', 'log'] },
      { name: words.allFiles, extensions: ['*'] },
    ],
  })
  if (picked.canceled || picked.filePaths.length === 0) return
  try {
    // The open app shows the report in its Replay panel (the capturesImported event).
    await importCaptureFiles(session.current(), picked.filePaths)
    window.focus()
  } catch (error) {
    dialog.showErrorBox(words.importFailed, error instanceof Error ? error.message : String(error))
  }
}

/** Flags given after `npm start --`; a refused value is said on the terminal, not dropped. */
function startOptions(): StartOptions {
  const { options, problems } = parseStartOptions(process.argv.slice(1), process.cwd())
  for (const problem of problems) console.error(`[mpsim] ${problem}`)
  return options
}

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  hardenApp(appOrigins, () => session?.current().phoneBrowser.gatewayOrigins() ?? [])
  app.on('second-instance', () => {
    if (!window) return
    if (window.isMinimized()) window.restore()
    window.focus()
  })
  void app.whenReady().then(async () => {
    session = await startCoreSession({
      host: 'electron',
      version: app.getVersion(),
      rendererDir: RENDERER_DIR,
      // The same folder `mpsim send` and `mpsim serve` use, so the CLI acts as the app's account,
      // unless `npm start -- --workspace DIR` (or the ports) asked otherwise.
      workspaceDir: defaultWorkspaceDir(),
      ...startOptions(),
      extraOrigins: devUrl ? [new URL(devUrl).origin] : [],
    })
    const running = session
    // Another workspace: same token and port, so a reload finds the new core; the menu may
    // change language with the new folder's settings.
    running.onSwitch(() => {
      installMenu()
      window?.webContents.reload()
    })
    ipcMain.handle(DESKTOP_CHANNELS.bootstrap, (event): DesktopBootstrap => {
      // Only the app's own pages may ask for the token.
      const sender = new URL(event.senderFrame?.url ?? 'about:blank').origin
      if (!appOrigins().includes(sender)) throw new Error('bootstrap refused for ' + sender)
      const core = running.current()
      return { token: core.token, baseUrl: core.url }
    })
    installMenu()
    // The phone browser's frame: WeChat hosts and pages no gateway carries go through the core's
    // gateways (docs/phone-browser.md "Desktop").
    routePhoneFrame(
      electronSession.defaultSession,
      appOrigins,
      () => session?.current().phoneBrowser,
    )
    window = createMainWindow(devUrl ?? running.current().url, PRELOAD_DIR)
    window.on('closed', () => {
      window = undefined
    })
  })
  app.on('window-all-closed', () => app.quit())
  app.on('will-quit', (event) => {
    if (!session) return
    event.preventDefault()
    const stopping = session
    session = undefined
    void stopping.stop().finally(() => app.quit())
  })
}
