/**
 * Monaco, bundled with the app (never from a CDN): the editor API with the features its editors
 * use (editor-features.ts), the XML grammar, a small JSON grammar, and the editor worker as a
 * same-origin module worker (CSP `worker-src 'self' blob:`). Imported lazily (load-monaco.ts), so
 * the app's first paint does not wait for ~3 MB of editor.
 */
import * as monaco from 'monaco-editor/editor/editor.api'
import 'monaco-editor/languages/definitions/xml/register'
import EditorWorker from 'monaco-editor/editor/editor.worker?worker'
import './editor-features'
import { JSON_TOKENS } from './json-tokens'

self.MonacoEnvironment = {
  getWorker: () => new EditorWorker(),
}

monaco.languages.register({ id: 'json', extensions: ['.json'] })
monaco.languages.setMonarchTokensProvider('json', JSON_TOKENS)

// Monaco's light theme draws a few XML/HTML tokens below 4.5:1 on white (attribute names in
// #ff0000, <!doctype> in #808080), which HTML pages in the inspector are full of; these keep
// its hues, darker. The dark theme's colours already pass.
monaco.editor.defineTheme('mpsim-light', {
  base: 'vs',
  inherit: true,
  rules: [
    { token: 'attribute.name', foreground: 'c00000' },
    { token: 'metatag', foreground: 'b00000' },
    { token: 'metatag.xml', foreground: '6b6b6b' },
    { token: 'metatag.html', foreground: '6b6b6b' },
    { token: 'metatag.content.html', foreground: 'c00000' },
    { token: 'delimiter.html', foreground: '383838' },
    { token: 'comment', foreground: '007000' },
  ],
  colors: {},
})

export { monaco }
