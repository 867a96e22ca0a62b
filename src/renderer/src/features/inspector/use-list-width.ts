/** The list column's width, remembered in localStorage (a per-machine preference, not workspace data). */
import { useCallback, useState } from 'react'

const KEY = 'mpsim.inspector.listWidth'
export const LIST_WIDTH = { min: 280, max: 640, initial: 340 } as const

function stored(): number {
  const value = Number(globalThis.localStorage?.getItem(KEY))
  return Number.isFinite(value) && value >= LIST_WIDTH.min && value <= LIST_WIDTH.max
    ? value
    : LIST_WIDTH.initial
}

export function useListWidth(): [number, (width: number) => void] {
  const [width, setWidth] = useState(stored)
  const set = useCallback((next: number) => {
    setWidth(next)
    try {
      localStorage.setItem(KEY, String(next))
    } catch {
      // Storage can be full or disabled; the width then lasts for this session only.
    }
  }, [])
  return [width, set]
}
