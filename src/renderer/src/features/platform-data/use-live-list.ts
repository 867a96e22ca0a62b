/**
 * A list the panel shows (media, QR codes, tags, templates): asked for when the tab opens, again
 * on "Refresh", and again shortly after the bot called the platform (an `exchange` event): a bot
 * that uploads or creates something shows up without a click. The last answer stays on screen
 * while a new one is asked for, so the list does not blink.
 */
import { useCallback, useEffect, useRef, useState } from 'react'
import type { Output } from '../../../../shared/control/contract'
import { useControlClient } from '../../api/client-context'
import { ControlClientError } from '../../api/control-client'
import { useEngineStore } from '../../state/engine-store'

/** Quiet time after the last API call before asking again (a burst of calls asks once). */
const SETTLE_MS = 400

type ListName = 'listMedia' | 'listQrCodes' | 'listTags' | 'listTemplates'

type Ask<K extends ListName> = (input: { accountId: string }) => Promise<Output<K>>

export interface LiveList<K extends ListName> {
  readonly output: Output<K> | undefined
  readonly error: ControlClientError | undefined
  readonly loading: boolean
  readonly refresh: () => void
  /** Shows an answer another command returned (putTemplate answers the new list). */
  readonly replace: (output: Output<K>) => void
  readonly accountId: string | undefined
}

export function useLiveList<K extends ListName>(name: K): LiveList<K> {
  const client = useControlClient()
  const { accountId, subscribe } = useEngineStore()
  // Kept with its account: another account's list is never shown as this one's.
  const [answer, setAnswer] = useState<{ accountId: string; output: Output<K> }>()
  const output = answer && answer.accountId === accountId ? answer.output : undefined
  const [error, setError] = useState<ControlClientError>()
  const [loading, setLoading] = useState(false)
  const latest = useRef(0)

  const load = useCallback(() => {
    if (!accountId) return
    const call = ++latest.current
    ;(client[name] as Ask<K>)({ accountId }).then(
      (next) => {
        if (call !== latest.current) return
        setAnswer({ accountId, output: next })
        setError(undefined)
        setLoading(false)
      },
      (caught: unknown) => {
        if (call !== latest.current) return
        setLoading(false)
        setError(
          caught instanceof ControlClientError
            ? caught
            : new ControlClientError(name, 'bad-response', 0, String(caught)),
        )
      },
    )
  }, [client, name, accountId])

  useEffect(() => {
    load()
    let timer: ReturnType<typeof setTimeout> | undefined
    const unsubscribe = subscribe((event) => {
      if (event.name !== 'exchange' && event.name !== 'phone') return
      clearTimeout(timer)
      timer = setTimeout(() => load(), SETTLE_MS)
    })
    return () => {
      clearTimeout(timer)
      unsubscribe()
    }
  }, [load, subscribe])

  const replace = useCallback(
    (next: Output<K>) => {
      if (!accountId) return
      latest.current++
      setLoading(false)
      setAnswer({ accountId, output: next })
      setError(undefined)
    },
    [accountId],
  )
  const refresh = () => {
    setLoading(true)
    load()
  }
  return { output, error, loading, refresh, replace, accountId }
}
