/**
 * An editable Monaco XML editor with markers (problems found by the caller) and completion of
 * element names (offered by the caller). Ctrl/Cmd+Enter inside the editor calls onSubmit, so the
 * composer's shortcut works while typing XML too. The container carries the text in `data-value`.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'react'
import type { editor as MonacoEditor, IDisposable } from 'monaco-editor/editor/editor.api'
import { loadMonaco, monacoTheme, onThemeChange } from './load-monaco'
import './code-view.css'

export interface XmlMarker {
  readonly line: number
  readonly column?: number
  readonly message: string
  readonly severity: 'error' | 'warning'
}

export interface XmlCompletion {
  readonly name: string
  readonly documentation: string
  /** Whole element to insert, e.g. `<Content><![CDATA[$1]]></Content>`. */
  readonly snippet: string
}

export interface XmlEditorProps {
  readonly value: string
  readonly onChange: (value: string) => void
  readonly markers: readonly XmlMarker[]
  readonly completions: readonly XmlCompletion[]
  /** Gets the editor's text at the moment of the shortcut (state may be one render behind). */
  readonly onSubmit?: (value: string) => void
  readonly testId?: string
  readonly height?: number
  readonly ariaLabel?: string
}

// One completion provider for all editors; it reads the completions of the editor in focus.
let currentCompletions: readonly XmlCompletion[] = []
let providerInstalled = false

export function XmlEditor(props: XmlEditorProps) {
  const host = useRef<HTMLDivElement>(null)
  const editorRef = useRef<MonacoEditor.IStandaloneCodeEditor>(null)
  const latest = useRef(props)
  const [ready, setReady] = useState(false)
  // Layout effect: the ref must be current before any key event can reach the editor again.
  useLayoutEffect(() => {
    latest.current = props
  })

  useEffect(() => {
    let disposed = false
    const disposables: IDisposable[] = []
    void loadMonaco().then((monaco) => {
      if (disposed || !host.current) return
      if (!providerInstalled) {
        providerInstalled = true
        monaco.languages.registerCompletionItemProvider('xml', {
          triggerCharacters: ['<'],
          provideCompletionItems: (model, position) => {
            const word = model.getWordUntilPosition(position)
            const line = model.getLineContent(position.lineNumber)
            const startsWithBracket = line[word.startColumn - 2] === '<'
            const range = new monaco.Range(
              position.lineNumber,
              startsWithBracket ? word.startColumn - 1 : word.startColumn,
              position.lineNumber,
              word.endColumn,
            )
            return {
              suggestions: currentCompletions.map((c) => ({
                label: c.name,
                kind: monaco.languages.CompletionItemKind.Property,
                documentation: c.documentation,
                insertText: c.snippet,
                insertTextRules: monaco.languages.CompletionItemInsertTextRule.InsertAsSnippet,
                range,
              })),
            }
          },
        })
      }
      const editor = monaco.editor.create(host.current, {
        value: latest.current.value,
        language: 'xml',
        minimap: { enabled: false },
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
        editor.onDidChangeModelContent(() => latest.current.onChange(editor.getValue())),
        editor.onDidFocusEditorText(() => {
          currentCompletions = latest.current.completions
        }),
        { dispose: onThemeChange(() => monaco.editor.setTheme(monacoTheme())) },
      )
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

  // Outside edits (a new type, the form's values) replace the text; typing does not loop back.
  useEffect(() => {
    const editor = editorRef.current
    if (editor && editor.getValue() !== props.value) editor.setValue(props.value)
  }, [props.value, ready])

  useEffect(() => {
    currentCompletions = props.completions
  }, [props.completions])

  useEffect(() => {
    const editor = editorRef.current
    const model = editor?.getModel()
    if (!editor || !model) return
    void loadMonaco().then((monaco) => {
      monaco.editor.setModelMarkers(
        model,
        'mpsim',
        props.markers.map((m) => ({
          startLineNumber: m.line,
          endLineNumber: m.line,
          startColumn: m.column ?? 1,
          endColumn:
            m.column === undefined
              ? model.getLineMaxColumn(Math.min(m.line, model.getLineCount()))
              : m.column + 1,
          message: m.message,
          severity:
            m.severity === 'error' ? monaco.MarkerSeverity.Error : monaco.MarkerSeverity.Warning,
        })),
      )
    })
  }, [props.markers, ready])

  const height = props.height ?? 320
  return (
    <div
      className="code-view"
      data-testid={props.testId}
      data-value={props.value}
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
