/**
 * Keyboard behaviour of a sheet inside the phone: focus moves into it when it opens, Tab stays in
 * it, Escape closes it, and focus goes back to what opened it (the ··· button) when it closes.
 */
import { useEffect, useState } from 'react'
import type { KeyboardEvent, RefObject } from 'react'

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])'

export function useSheetFocus(
  panel: RefObject<HTMLElement | null>,
  onClose: () => void,
): (event: KeyboardEvent) => void {
  // Read at the first render, before an autofocused field in the sheet takes the focus.
  const [opener] = useState(() => document.activeElement)
  useEffect(() => {
    const root = panel.current
    // An autofocused field (the address form) keeps its focus; otherwise the first control.
    if (root && !root.contains(document.activeElement)) {
      root.querySelector<HTMLElement>(FOCUSABLE)?.focus()
    }
    return () => {
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus()
    }
  }, [panel, opener])

  return (event) => {
    if (event.key === 'Escape') {
      event.stopPropagation()
      onClose()
      return
    }
    if (event.key !== 'Tab' || !panel.current) return
    const items = [...panel.current.querySelectorAll<HTMLElement>(FOCUSABLE)]
    const first = items[0]
    const last = items.at(-1)
    if (!first || !last) return
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault()
      last.focus()
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault()
      first.focus()
    }
  }
}
