/**
 * The handle between the list and the detail: drag it, or focus it and use ←/→ (Home/End for the
 * limits). The width is remembered for the next visit.
 */
import { useRef } from 'react'
import type { KeyboardEvent, PointerEvent } from 'react'

export function Splitter(props: {
  width: number
  min: number
  max: number
  label: string
  onChange: (width: number) => void
}) {
  const drag = useRef<{ x: number; width: number } | null>(null)
  const clamp = (w: number) => Math.round(Math.min(props.max, Math.max(props.min, w)))
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    event.currentTarget.setPointerCapture(event.pointerId)
    drag.current = { x: event.clientX, width: props.width }
  }
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (drag.current) props.onChange(clamp(drag.current.width + event.clientX - drag.current.x))
  }
  const onKeyDown = (event: KeyboardEvent) => {
    const next =
      event.key === 'ArrowLeft'
        ? props.width - 24
        : event.key === 'ArrowRight'
          ? props.width + 24
          : event.key === 'Home'
            ? props.min
            : event.key === 'End'
              ? props.max
              : undefined
    if (next === undefined) return
    event.preventDefault()
    props.onChange(clamp(next))
  }
  return (
    <div
      className="x-splitter"
      role="separator"
      aria-orientation="vertical"
      aria-label={props.label}
      aria-valuenow={props.width}
      aria-valuemin={props.min}
      aria-valuemax={props.max}
      tabIndex={0}
      style={{ left: props.width - 3 }}
      data-testid="inspector-splitter"
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={() => (drag.current = null)}
      onPointerCancel={() => (drag.current = null)}
      onKeyDown={onKeyDown}
    />
  )
}
