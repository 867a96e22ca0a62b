/**
 * The preload: exposes only the DesktopApi (bootstrap) as window.mpsim — never ipcRenderer.
 * Built as CommonJS because a sandboxed preload cannot be an ES module.
 */
import { contextBridge, ipcRenderer } from 'electron'
import { DESKTOP_CHANNELS } from '../shared/desktop-api'
import type { DesktopApi, DesktopBootstrap } from '../shared/desktop-api'

const api: DesktopApi = {
  bootstrap: () => ipcRenderer.invoke(DESKTOP_CHANNELS.bootstrap) as Promise<DesktopBootstrap>,
}

contextBridge.exposeInMainWorld('mpsim', api)
