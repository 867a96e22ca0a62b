/**
 * A failed command worded in the UI language, as a callback that stays the same across renders,
 * so effects that load on mount can use it without loading again on every render.
 */
import { useCallback, useEffect, useRef } from 'react'
import { ControlClientError } from '../../api/control-client'
import { useRequestErrorText } from '../../components/RequestError'

export function useErrorWords(): (error: unknown) => string {
  const errorText = useRequestErrorText()
  const latest = useRef(errorText)
  useEffect(() => {
    latest.current = errorText
  })
  return useCallback(
    (error: unknown) =>
      error instanceof ControlClientError
        ? latest.current(error)
        : error instanceof Error
          ? error.message
          : String(error),
    [],
  )
}
