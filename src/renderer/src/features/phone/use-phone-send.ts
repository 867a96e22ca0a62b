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

/** What the + panel's photo, voice and video entries send. */
export type PhoneMediaType = 'image' | 'voice' | 'video'

/** Sends a file the user picked (or, without one, mpsim's sample); true when delivered. */
export type PhoneSendMedia = (type: PhoneMediaType, file?: File) => Promise<boolean>

let nextId = 1

/** The file's bytes as base64 (what sendPhoneMedia carries). */
export async function base64Of(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer())
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  }
  return btoa(binary)
}

/** The bubble while sending: the picked photo itself (a data: address, which the app's CSP allows). */
function previewOf(type: PhoneMediaType, file: File | undefined, base64: string): Outgoing {
  if (type !== 'image') return { kind: type, mediaId: '' }
  return { kind: 'image', picUrl: file ? `data:${file.type || 'image/jpeg'};base64,${base64}` : '' }
}

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
  const sendMedia = useCallback<PhoneSendMedia>(
    async (type, file) => {
      const openid = holder
      if (!openid || !accountId) return false
      const base64 = file ? await base64Of(file) : ''
      const message = previewOf(type, file, base64)
      const entry: PendingSend = { id: nextId++, openid, typeId: type, message }
      setPending((list) => [...list, entry])
      setError(undefined)
      try {
        const picked = file ? { filename: file.name || type, contentBase64: base64 } : {}
        rememberExchange(await client.sendPhoneMedia({ accountId, openid, type, ...picked }))
        return true
      } catch (caught) {
        setError(
          caught instanceof ControlClientError
            ? caught
            : new ControlClientError('sendPhoneMedia', 'bad-response', 0, String(caught)),
        )
        return false
      } finally {
        setPending((list) => list.filter((p) => p.id !== entry.id))
      }
    },
    [client, accountId, holder, rememberExchange],
  )
  const clearError = useCallback(() => setError(undefined), [])
  return { send, sendMedia, pending, error, clearError }
}
