/**
 * The native application menu (File, Edit, View, Help) in the UI language. Actions are passed in,
 * so this file only lays the menu out; the shell (index.ts) decides what each item does.
 */
import { Menu } from 'electron'
import type { MenuItemConstructorOptions } from 'electron'
import type { MenuText } from './menu-text'

export interface MenuActions {
  readonly openWorkspace: () => void
  readonly saveWorkspace: () => void
  readonly importCaptures: () => void
  readonly openDocs: () => void
  readonly openProtocolNotes: () => void
  readonly about: () => void
}

export function buildAppMenu(text: MenuText, actions: MenuActions, isDev: boolean): Menu {
  const isMac = process.platform === 'darwin'
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: text.file,
      submenu: [
        { label: text.openWorkspace, accelerator: 'CmdOrCtrl+O', click: actions.openWorkspace },
        { label: text.saveWorkspace, accelerator: 'CmdOrCtrl+S', click: actions.saveWorkspace },
        { type: 'separator' },
        { label: text.importCaptures, accelerator: 'CmdOrCtrl+I', click: actions.importCaptures },
        ...(isMac
          ? []
          : [{ type: 'separator' as const }, { role: 'quit' as const, label: text.quit }]),
      ],
    },
    { role: 'editMenu', label: text.edit },
    {
      label: text.view,
      submenu: [
        { role: 'reload', label: text.reload },
        // Developer tools only in development: a user's build has nothing to debug in the page.
        ...(isDev ? [{ role: 'toggleDevTools' as const, label: text.devTools }] : []),
        { type: 'separator' },
        { role: 'zoomIn', label: text.zoomIn },
        { role: 'zoomOut', label: text.zoomOut },
        { role: 'resetZoom', label: text.resetZoom },
        { type: 'separator' },
        { role: 'togglefullscreen', label: text.fullScreen },
      ],
    },
    {
      role: 'help',
      label: text.help,
      submenu: [
        { label: text.docs, click: actions.openDocs },
        { label: text.protocol, click: actions.openProtocolNotes },
        { type: 'separator' },
        { label: text.about, click: actions.about },
      ],
    },
  ]
  return Menu.buildFromTemplate(template)
}
