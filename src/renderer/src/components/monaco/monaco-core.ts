/**
 * Monaco, bundled with the app (never from a CDN): the editor API, the XML grammar only, and the
 * editor worker as a same-origin module worker (CSP `worker-src 'self' blob:`). Imported lazily
 * (see load-monaco.ts) so the app's first paint does not wait for ~3 MB of editor.
 */
import * as monaco from 'monaco-editor/editor/editor.api'
import 'monaco-editor/languages/definitions/xml/register'
import EditorWorker from 'monaco-editor/editor/editor.worker?worker'

self.MonacoEnvironment = {
  getWorker: () => new EditorWorker(),
}

export { monaco }
