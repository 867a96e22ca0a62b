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

export { monaco }
