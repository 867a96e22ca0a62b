/**
 * Applies an edit of the step list and keeps a keyboard user in place: the step forms remount
 * (their typed rows belong to the old order), so after the render the focus is put back on the
 * same control of the step that moved, or on the name of the step added; a screen reader hears
 * what happened through a status line.
 */
import { useEffect, useRef, useState } from 'react'
import type { Dispatch, SetStateAction } from 'react'
import type { Suite } from '../../../../shared/model/suite'

export type FocusControl = 'name' | 'up' | 'down'

/** The other move button, when the one pressed is now disabled (the step reached an end). */
const OTHER: Record<FocusControl, FocusControl> = { up: 'down', down: 'up', name: 'name' }

export function useStepEdits(
  setDraft: Dispatch<SetStateAction<Suite | undefined>>,
  setRevision: Dispatch<SetStateAction<number>>,
) {
  const stepsRef = useRef<HTMLOListElement>(null)
  const pending = useRef<{ index: number; control: FocusControl } | undefined>(undefined)
  const [announced, setAnnounced] = useState('')

  useEffect(() => {
    const want = pending.current
    const list = stepsRef.current
    if (!want || !list) return
    pending.current = undefined
    const step = list.querySelector(`[data-testid="replay-step"][data-index="${want.index}"]`)
    const find = (control: FocusControl) =>
      step?.querySelector<HTMLInputElement | HTMLButtonElement>(
        `[data-testid="replay-step-${control}"]`,
      )
    const target = find(want.control)
    const usable = target && !target.disabled ? target : find(OTHER[want.control])
    usable?.focus()
  })

  const edit = (next: Suite, index: number, control: FocusControl, announce?: string) => {
    pending.current = { index, control }
    setDraft(next)
    setRevision((r) => r + 1)
    if (announce) setAnnounced(announce)
  }

  return { stepsRef, edit, announced }
}
