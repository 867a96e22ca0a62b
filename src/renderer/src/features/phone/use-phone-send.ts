/**
 * Sending from the phone: the user's bubble shows at once (pending, with a spinner) and turns into
 * the real exchange when the engine answers. A failure is kept, to be worded in the UI language
 * (components/RequestError) in the chat.
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
  readonly typeId: string
  readonly message: Outgoing
}

/** Sends one push as the given user (default: the one holding the phone); true when delivered. */
export type PhoneSend = (
  typeId: string,
  values: PushValues,
  preview: Outgoing,
  openid?: string,
) => Promise<boolean>

let nextId = 1

export function usePhoneSend() {
  const client = useControlClient()
  const { accountId, openid: holder, rememberExchange } = useEngineStore()
  const [pending, setPending] = useState<readonly PendingSend[]>([])
  const [error, setError] = useState<ControlClientError>()

  const send = useCallback<PhoneSend>(
    async (typeId, values, preview, openid = holder) => {
      if (!openid || !accountId) return false
      const entry: PendingSend = { id: nextId++, openid, typeId, message: preview }
      setPending((list) => [...list, entry])
      setError(undefined)
      try {
        rememberExchange(await client.sendPush({ accountId, openid, typeId, values }))
        return true
      } catch (caught) {
        setError(
          caught instanceof ControlClientError
            ? caught
            : new ControlClientError('sendPush', 'bad-response', 0, String(caught)),
        )
        return false
      } finally {
        setPending((list) => list.filter((p) => p.id !== entry.id))
      }
    },
    [client, accountId, holder, rememberExchange],
  )
  const clearError = useCallback(() => setError(undefined), [])
  return { send, pending, error, clearError }
}
