/**
 * A WeUI confirm dialog (the browser's own confirm() looks foreign in Electron and blocks the
 * page). Focus starts on Cancel — the safe choice for a destructive action — stays inside the
 * dialog, and goes back to where it was; Escape cancels.
 */
import { useEffect, useRef } from 'react'
import type { KeyboardEvent } from 'react'

export function ConfirmDialog(props: {
  title: string
  body: string
  confirmLabel: string
  cancelLabel: string
  testId: string
  onConfirm: () => void
  onCancel: () => void
}) {
  const box = useRef<HTMLDivElement>(null)
  const cancel = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    const before = document.activeElement
    cancel.current?.focus()
    return () => {
      if (before instanceof HTMLElement) before.focus()
    }
  }, [])
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault()
      props.onCancel()
      return
    }
    if (event.key !== 'Tab') return
    const buttons = [...(box.current?.querySelectorAll('button') ?? [])]
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement)
    const next = buttons[(at + (event.shiftKey ? -1 : 1) + buttons.length) % buttons.length]
    event.preventDefault()
    next?.focus()
  }
  return (
    <div className="x-dialog" data-testid={props.testId}>
      <div className="weui-mask" onClick={props.onCancel} />
      <div
        ref={box}
        className="weui-dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={`${props.testId}-title`}
        aria-describedby={`${props.testId}-body`}
        onKeyDown={onKeyDown}
      >
        <div className="weui-dialog__hd">
          <strong className="weui-dialog__title" id={`${props.testId}-title`}>
            {props.title}
          </strong>
        </div>
        <div className="weui-dialog__bd" id={`${props.testId}-body`}>
          {props.body}
        </div>
        <div className="weui-dialog__ft">
          <button
            ref={cancel}
            type="button"
            className="weui-dialog__btn weui-dialog__btn_default"
            data-testid={`${props.testId}-cancel`}
            onClick={props.onCancel}
          >
            {props.cancelLabel}
          </button>
          <button
            type="button"
            className="weui-dialog__btn weui-dialog__btn_primary x-dialog-danger"
            data-testid={`${props.testId}-confirm`}
            onClick={props.onConfirm}
          >
            {props.confirmLabel}
          </button>
        </div>
      </div>
    </div>
  )
}
