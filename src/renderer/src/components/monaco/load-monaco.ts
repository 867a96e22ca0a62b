/** Loads Monaco once, on first use; every editor awaits the same promise. */
import type * as MonacoApi from 'monaco-editor/editor/editor.api'

export type Monaco = typeof MonacoApi

let loading: Promise<Monaco> | undefined

export function loadMonaco(): Promise<Monaco> {
  loading ??= import('./monaco-core').then((m) => m.monaco)
  return loading
}

/**
 * Monaco's theme for the app's current one (WeUI's dark flag on <body>): 'mpsim-light' is 'vs'
 * with legible XML/HTML colours (defined in monaco-core.ts).
 */
export function monacoTheme(): 'mpsim-light' | 'vs-dark' {
  return document.body.dataset['weuiTheme'] === 'dark' ? 'vs-dark' : 'mpsim-light'
}

/** Calls back when the app's theme flips, so editors can follow; returns the unsubscribe. */
export function onThemeChange(callback: () => void): () => void {
  const observer = new MutationObserver(callback)
  observer.observe(document.body, { attributes: true, attributeFilter: ['data-weui-theme'] })
  return () => observer.disconnect()
}
