/**
 * The simulated clock at hand (protocol.md §9: codes live 5 minutes, web tokens 7200 s, refresh
 * tokens 30 days): read once, moved forward with advanceClock. Moving it 0 ms is how it is read.
 */
import { useCallback, useEffect, useState } from 'react'
import { useControlClient } from '../../api/client-context'
import { ControlClientError } from '../../api/control-client'

export interface SimClock {
  /** Simulated ms since the epoch when last read, and the wall clock then. */
  readonly reading: { readonly nowMs: number; readonly readAt: number } | undefined
  readonly advance: (ms: number) => Promise<void>
  readonly error: ControlClientError | undefined
  readonly busy: boolean
}

export function useSimClock(): SimClock {
  const client = useControlClient()
  const [reading, setReading] = useState<SimClock['reading']>()
  const [error, setError] = useState<ControlClientError>()
  const [busy, setBusy] = useState(false)

  const move = useCallback(
    async (ms: number) => {
      setBusy(true)
      try {
        const answer = await client.advanceClock({ ms })
        setReading({ nowMs: answer.nowMs, readAt: Date.now() })
        setError(undefined)
      } catch (cause) {
        setError(cause instanceof ControlClientError ? cause : undefined)
        throw cause
      } finally {
        setBusy(false)
      }
    },
    [client],
  )

  useEffect(() => {
    // Moving it 0 ms reads it; the answer arrives after this effect.
    let live = true
    client.advanceClock({ ms: 0 }).then(
      (answer) => {
        if (live) setReading({ nowMs: answer.nowMs, readAt: Date.now() })
      },
      () => undefined,
    )
    return () => {
      live = false
    }
  }, [client])

  return { reading, advance: move, error, busy }
}
