/**
 * An editable Monaco XML editor with markers (problems found by the caller) and completion of
 * element names (offered by the caller). Ctrl/Cmd+Enter inside the editor calls onSubmit, so the
 * composer's shortcut works while typing XML too. The container carries the text in `data-value`.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'react'
import type { editor as MonacoEditor, IDisposable } from 'monaco-editor/editor/editor.api'
import { loadMonaco, monacoTheme, onThemeChange } from './load-monaco'
import { installXmlCompletion, offerCompletions } from './xml-completion'
import type { XmlCompletion } from './xml-completion'
import './code-view.css'

export type { XmlCompletion } from './xml-completion'

/** A problem in the text; without a column it covers the whole line. Lines and columns are 1-based. */
export interface XmlMarker {
  readonly line: number
  readonly column?: number
  /** Where the problem ends (exclusive column); defaults to one character, or the line's end. */
  readonly endLine?: number
  readonly endColumn?: number
  readonly message: string
  readonly severity: 'error' | 'warning'
}

export interface XmlEditorProps {
  readonly value: string
  readonly onChange: (value: string) => void
  readonly markers: readonly XmlMarker[]
  readonly completions: readonly XmlCompletion[]
  /** Gets the editor's text at the moment of the shortcut (state may be one render behind). */
  readonly onSubmit?: (value: string) => void
  readonly testId?: string
  /** Pixels; by default the editor grows with its text from 180 to 480 px. */
  readonly height?: number
  readonly ariaLabel?: string
}

const MAX_ECHOES = 500
const MIN_HEIGHT = 180
const MAX_HEIGHT = 480
/** Room for a line or two below the text, where the next element is typed. */
const LINE_SPARE = 40

function remember(echoes: Set<string>, text: string): void {
  echoes.add(text)
  // A Set iterates in insertion order: the oldest goes first.
  if (echoes.size > MAX_ECHOES) echoes.delete(echoes.values().next().value ?? '')
}

export function XmlEditor(props: XmlEditorProps) {
  const host = useRef<HTMLDivElement>(null)
  const editorRef = useRef<MonacoEditor.IStandaloneCodeEditor>(null)
  const latest = useRef(props)
  /** Texts the editor reported through onChange since the last outside edit. */
  const echoes = useRef(new Set<string>())
  const [ready, setReady] = useState(false)
  const [contentHeight, setContentHeight] = useState<number>()
  // Layout effect: the ref must be current before any key event can reach the editor again.
  useLayoutEffect(() => {
    latest.current = props
  })

  useEffect(() => {
    let disposed = false
    const disposables: IDisposable[] = []
    void loadMonaco().then((monaco) => {
      if (disposed || !host.current) return
      installXmlCompletion(monaco)
      const editor = monaco.editor.create(host.current, {
        value: latest.current.value,
        language: 'xml',
        minimap: { enabled: false },
        // A narrow gutter: the composer's column can be ~480 px wide.
        lineNumbersMinChars: 3,
        lineDecorationsWidth: 6,
        scrollBeyondLastLine: false,
        fontSize: 13,
        automaticLayout: true,
        tabSize: 2,
        theme: monacoTheme(),
        ariaLabel: latest.current.ariaLabel ?? 'XML',
        wordWrap: 'on',
      })
      editorRef.current = editor
      editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter, () =>
        latest.current.onSubmit?.(editor.getValue()),
      )
      disposables.push(
        editor.onDidChangeModelContent(() => {
          const text = editor.getValue()
          remember(echoes.current, text)
          latest.current.onChange(text)
        }),
        editor.onDidFocusEditorText(() => {
          offerCompletions(latest.current.completions)
        }),
        { dispose: onThemeChange(() => monaco.editor.setTheme(monacoTheme())) },
      )
      disposables.push(editor.onDidContentSizeChange((e) => setContentHeight(e.contentHeight)))
      setContentHeight(editor.getContentHeight())
      setReady(true)
    })
    return () => {
      disposed = true
      disposables.forEach((d) => d.dispose())
      editorRef.current?.getModel()?.dispose()
      editorRef.current?.dispose()
      editorRef.current = null
    }
  }, [])

  // Outside edits (a new type, the form's values) replace the text. The editor's own texts come
  // back renders late while the user types: writing one back would undo the keystrokes since.
  useEffect(() => {
    const editor = editorRef.current
    const model = editor?.getModel()
    if (!editor || !model || echoes.current.has(props.value)) return
    echoes.current.clear()
    if (editor.getValue() === props.value) return
    // An edit, not setValue: Ctrl+Z can bring the previous text back.
    editor.pushUndoStop()
    editor.executeEdits('mpsim', [{ range: model.getFullModelRange(), text: props.value }])
    editor.pushUndoStop()
  }, [props.value, ready])

  useEffect(() => {
    offerCompletions(props.completions)
  }, [props.completions])

  useEffect(() => {
    const editor = editorRef.current
    const model = editor?.getModel()
    if (!editor || !model) return
    void loadMonaco().then((monaco) => {
      monaco.editor.setModelMarkers(
        model,
        'mpsim',
        props.markers.map((m) => {
          const line = Math.min(m.line, model.getLineCount())
          const endLine = Math.min(m.endLine ?? line, model.getLineCount())
          return {
            startLineNumber: line,
            endLineNumber: endLine,
            startColumn: m.column ?? 1,
            endColumn:
              m.endColumn ??
              (m.column === undefined ? model.getLineMaxColumn(endLine) : m.column + 1),
            message: m.message,
            severity:
              m.severity === 'error' ? monaco.MarkerSeverity.Error : monaco.MarkerSeverity.Warning,
          }
        }),
      )
    })
  }, [props.markers, ready])

  const height =
    props.height ?? Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, (contentHeight ?? 0) + LINE_SPARE))
  return (
    <div
      className="code-view"
      data-testid={props.testId}
      data-value={props.value}
      data-ready={ready ? 'true' : undefined}
      style={{ height }}
    >
      <div ref={host} style={{ height }} />
      {!ready && (
        <textarea
          className="code-view__fallback"
          value={props.value}
          aria-label={props.ariaLabel ?? 'XML'}
          onChange={(e) => props.onChange(e.target.value)}
        />
      )}
    </div>
  )
}
