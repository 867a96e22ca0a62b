/**
 * Sending from the phone: the user's bubble shows at once (pending, with a spinner) and turns into
 * the real exchange when the engine answers. Errors are kept to be shown in the chat.
 */
import { useCallback, useState } from 'react'
import type { PushValues } from '../../../../shared/model/catalog-types'
import { useControlClient } from '../../api/client-context'
import { ControlClientError } from '../../api/control-client'
import { useEngineStore } from '../../state/engine-store'
import type { Outgoing } from './outgoing'

export interface PendingSend {
  readonly id: number
  readonly openid: string
  readonly message: Outgoing
}

let nextId = 1

export function usePhoneSend() {
  const client = useControlClient()
  const store = useEngineStore()
  const [pending, setPending] = useState<readonly PendingSend[]>([])
  const [error, setError] = useState<string>()

  const send = useCallback(
    async (typeId: string, values: PushValues, preview: Outgoing, openid = store.openid) => {
      if (!openid || !store.accountId) return
      const entry: PendingSend = { id: nextId++, openid, message: preview }
      setPending((list) => [...list, entry])
      setError(undefined)
      try {
        const exchange = await client.sendPush({
          accountId: store.accountId,
          openid,
          typeId,
          values: values,
        })
        store.rememberExchange(exchange)
      } catch (caught) {
        setError(caught instanceof ControlClientError ? caught.message : String(caught))
      } finally {
        setPending((list) => list.filter((p) => p.id !== entry.id))
      }
    },
    [client, store],
  )
  return { send, pending, error, clearError: () => setError(undefined) }
}
