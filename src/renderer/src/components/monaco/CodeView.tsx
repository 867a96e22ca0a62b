/**
 * A read-only Monaco view of a body (XML, JSON, text). The container carries the exact text in
 * `data-value`, since Monaco only renders the visible lines; a plain <pre> shows the text until
 * Monaco has loaded (and stays if it cannot). One editor per mount: a new value or language
 * updates it in place rather than building a new editor.
 */
import { useEffect, useRef, useState } from 'react'
import type { editor as MonacoEditor } from 'monaco-editor/editor/editor.api'
import { loadMonaco, monacoTheme, onThemeChange } from './load-monaco'
import './code-view.css'

export interface CodeViewProps {
  readonly value: string
  readonly language: 'xml' | 'json' | 'plaintext'
  readonly testId?: string
  /** Pixels, or 'auto' to grow with the content up to 400 px. @default 'auto' */
  readonly height?: number | 'auto'
  readonly ariaLabel?: string
}

const LINE_HEIGHT = 19
const PADDING = 12
const MAX_AUTO_HEIGHT = 400

export function CodeView(props: CodeViewProps) {
  const host = useRef<HTMLDivElement>(null)
  const editorRef = useRef<MonacoEditor.IStandaloneCodeEditor>(null)
  const initial = useRef(props)
  const [ready, setReady] = useState(false)
  // Wrapped lines make the content taller than its line count: Monaco reports the real height.
  const [contentHeight, setContentHeight] = useState<number>()
  const auto = props.height === undefined || props.height === 'auto'
  const estimate = Math.max(3, props.value.split('\n').length) * LINE_HEIGHT + PADDING
  const height = auto
    ? Math.min(MAX_AUTO_HEIGHT, Math.max(3 * LINE_HEIGHT, contentHeight ?? estimate) + 2)
    : props.height

  useEffect(() => {
    let disposed = false
    let dispose = () => {}
    void loadMonaco().then((monaco) => {
      if (disposed || !host.current) return
      const editor = monaco.editor.create(host.current, {
        value: initial.current.value,
        language: initial.current.language,
        readOnly: true,
        domReadOnly: true,
        minimap: { enabled: false },
        // A narrow gutter: the composer's column can be ~480 px wide.
        lineNumbersMinChars: 3,
        lineDecorationsWidth: 6,
        scrollBeyondLastLine: false,
        wordWrap: 'on',
        lineNumbers: 'on',
        fontSize: 12,
        lineHeight: LINE_HEIGHT,
        padding: { top: PADDING / 2, bottom: PADDING / 2 },
        automaticLayout: true,
        theme: monacoTheme(),
        ariaLabel: initial.current.ariaLabel ?? 'code',
        renderLineHighlight: 'none',
      })
      editorRef.current = editor
      const sizeListener = editor.onDidContentSizeChange((e) => setContentHeight(e.contentHeight))
      setContentHeight(editor.getContentHeight())
      const stopTheme = onThemeChange(() => monaco.editor.setTheme(monacoTheme()))
      setReady(true)
      dispose = () => {
        stopTheme()
        sizeListener.dispose()
        editor.getModel()?.dispose()
        editor.dispose()
        editorRef.current = null
      }
    })
    return () => {
      disposed = true
      dispose()
    }
  }, [])

  useEffect(() => {
    const editor = editorRef.current
    if (editor && editor.getValue() !== props.value) editor.setValue(props.value)
  }, [props.value, ready])

  useEffect(() => {
    const model = editorRef.current?.getModel()
    if (!model || model.getLanguageId() === props.language) return
    void loadMonaco().then((monaco) => monaco.editor.setModelLanguage(model, props.language))
  }, [props.language, ready])

  useEffect(() => {
    editorRef.current?.updateOptions({ ariaLabel: props.ariaLabel ?? 'code' })
  }, [props.ariaLabel, ready])

  return (
    <div
      className="code-view"
      data-testid={props.testId}
      data-value={props.value}
      data-ready={ready ? 'true' : undefined}
      style={{ height }}
    >
      <div ref={host} className="code-view__editor" style={{ height }} />
      {!ready && (
        // Focusable so keyboard users can scroll it, as they can the editor that replaces it.
        <pre className="code-view__fallback" tabIndex={0} aria-label={props.ariaLabel ?? 'code'}>
          {props.value}
        </pre>
      )}
    </div>
  )
}
