/**
 * Sends the push being composed as the user on the phone: the form's values through sendPush, or
 * the XML text through sendPushXml. One send at a time (a ref, so a shortcut pressed twice in one
 * tick cannot send twice); a refusal keeps the fields it names for the form.
 */
import { useRef, useState } from 'react'
import { useControlClient } from '../../api/client-context'
import { ControlClientError } from '../../api/control-client'
import { useEngineStore } from '../../state/engine-store'
import type { FormValues } from './form-values'
import { overridesOf } from './SendOptions'
import type { SendOptionsValue } from './SendOptions'
import type { SendState } from './SendResult'

export type SendRequest =
  | { readonly tab: 'form'; readonly typeId: string; readonly values: FormValues }
  | { readonly tab: 'xml'; readonly xml: string }

export function useSend() {
  const client = useControlClient()
  const store = useEngineStore()
  const [state, setState] = useState<SendState>({ status: 'idle' })
  const [refusal, setRefusal] = useState<unknown>()
  const busy = useRef(false)

  const send = async (request: SendRequest, options: SendOptionsValue) => {
    if (busy.current) return
    busy.current = true
    setState({ status: 'sending' })
    const common = {
      ...(store.accountId ? { accountId: store.accountId } : {}),
      ...(store.openid ? { openid: store.openid } : {}),
      ...(options.mode ? { mode: options.mode } : {}),
      overrides: overridesOf(options),
    }
    try {
      const exchange =
        request.tab === 'xml'
          ? // What the user wrote is sent as written, MsgId included (the editor regenerates
            // values the user did not touch): the same XML twice is a WeChat retry, on purpose.
            await client.sendPushXml({ ...common, xml: request.xml, keepMsgId: true })
          : await client.sendPush({ ...common, typeId: request.typeId, values: request.values })
      store.rememberExchange(exchange)
      setState({ status: 'sent', exchange })
      setRefusal(undefined)
    } catch (error) {
      setRefusal(error)
      setState({ status: 'failed', error: asClientError(error) })
    } finally {
      busy.current = false
    }
  }
  return { state, refusal, send, clearRefusal: () => setRefusal(undefined) }
}

/** Every failure as a ControlClientError, so the result line can word it (RequestError's words). */
function asClientError(error: unknown): ControlClientError {
  if (error instanceof ControlClientError) return error
  return new ControlClientError('sendPush', 'bad-response', 0, String(error))
}
