/**
 * A read-only Monaco view of a body (XML, JSON, text). The container carries the exact text in
 * `data-value`, since Monaco only renders the visible lines; a plain <pre> shows the text until
 * Monaco has loaded (and stays if it cannot).
 */
import { useEffect, useRef, useState } from 'react'
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

export function CodeView(props: CodeViewProps) {
  const host = useRef<HTMLDivElement>(null)
  const [ready, setReady] = useState(false)
  const lines = props.value.split('\n').length
  const height =
    props.height === undefined || props.height === 'auto'
      ? Math.min(400, Math.max(3, lines) * LINE_HEIGHT + 12)
      : props.height

  useEffect(() => {
    let disposed = false
    let dispose = () => {}
    void loadMonaco().then((monaco) => {
      if (disposed || !host.current) return
      const editor = monaco.editor.create(host.current, {
        value: props.value,
        // JSON is shown without a language service (it would need its own worker).
        language: props.language === 'xml' ? 'xml' : 'plaintext',
        readOnly: true,
        domReadOnly: true,
        minimap: { enabled: false },
        scrollBeyondLastLine: false,
        wordWrap: 'on',
        lineNumbers: 'on',
        fontSize: 12,
        lineHeight: LINE_HEIGHT,
        automaticLayout: true,
        theme: monacoTheme(),
        ariaLabel: props.ariaLabel ?? 'code',
        renderLineHighlight: 'none',
      })
      const stopTheme = onThemeChange(() => monaco.editor.setTheme(monacoTheme()))
      setReady(true)
      dispose = () => {
        stopTheme()
        editor.getModel()?.dispose()
        editor.dispose()
      }
    })
    return () => {
      disposed = true
      dispose()
    }
  }, [props.value, props.language, props.ariaLabel])

  return (
    <div
      className="code-view"
      data-testid={props.testId}
      data-value={props.value}
      style={{ height }}
    >
      <div ref={host} className="code-view__editor" style={{ height }} />
      {!ready && <pre className="code-view__fallback">{props.value}</pre>}
    </div>
  )
}
