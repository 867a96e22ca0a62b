/** The exchange to show: from the store when it is there, else fetched once from the core. */
import { useEffect, useMemo, useState } from 'react'
import type { Exchange } from '../../../../shared/model/exchange'
import { useControlClient } from '../../api/client-context'

export type Selected =
  | { status: 'none' }
  | { status: 'loading' }
  | { status: 'missing' }
  | { status: 'ready'; exchange: Exchange }

export function useSelectedExchange(
  id: string | undefined,
  exchanges: readonly Exchange[],
): Selected {
  const client = useControlClient()
  const local = useMemo(() => {
    if (!id) return undefined
    for (let i = exchanges.length - 1; i >= 0; i -= 1)
      if (exchanges[i]?.id === id) return exchanges[i]
    return undefined
  }, [id, exchanges])
  const [fetched, setFetched] = useState<{ id: string; exchange: Exchange | null }>()
  useEffect(() => {
    if (!id || local) return
    let live = true
    // A failed fetch reads as "not in memory": the message says where the record still is.
    client.getExchange({ id }).then(
      (exchange) => live && setFetched({ id, exchange }),
      () => live && setFetched({ id, exchange: null }),
    )
    return () => {
      live = false
    }
  }, [client, id, local])
  if (!id) return { status: 'none' }
  if (local) return { status: 'ready', exchange: local }
  if (fetched?.id !== id) return { status: 'loading' }
  return fetched.exchange ? { status: 'ready', exchange: fetched.exchange } : { status: 'missing' }
}
