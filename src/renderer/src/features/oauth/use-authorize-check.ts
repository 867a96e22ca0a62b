/**
 * Step 1's live check: the authorize URL through the protocol's own rules on the core
 * (checkAuthorizeRequest), again each time the input changes (after a short pause while typing).
 * Only the newest answer is kept.
 */
import { useEffect, useRef, useState } from 'react'
import type { Input, Output } from '../../../../shared/control/contract'
import { useControlClient } from '../../api/client-context'
import { ControlClientError } from '../../api/control-client'

export type CheckInput = Input<'checkAuthorizeRequest'>
export type CheckAnswer = Output<'checkAuthorizeRequest'>

const PAUSE_MS = 200

export function useAuthorizeCheck(input: CheckInput | undefined): {
  answer: CheckAnswer | undefined
  pending: boolean
  error: ControlClientError | undefined
} {
  const client = useControlClient()
  // The newest answer and the input it answered: pending while the input has moved on.
  const [result, setResult] = useState<{
    key: string
    answer?: CheckAnswer
    error?: ControlClientError
  }>({ key: '' })
  const seq = useRef(0)
  const key = input === undefined ? '' : JSON.stringify(input)

  useEffect(() => {
    const call = ++seq.current
    if (key === '') return
    const timer = window.setTimeout(() => {
      client.checkAuthorizeRequest(JSON.parse(key) as CheckInput).then(
        (answer) => {
          if (call === seq.current) setResult({ key, answer })
        },
        (cause: unknown) => {
          if (call !== seq.current) return
          setResult((last) => ({
            key,
            ...(last.answer ? { answer: last.answer } : {}),
            ...(cause instanceof ControlClientError ? { error: cause } : {}),
          }))
        },
      )
    }, PAUSE_MS)
    return () => window.clearTimeout(timer)
  }, [client, key])

  if (key === '') return { answer: undefined, pending: false, error: undefined }
  return { answer: result.answer, pending: result.key !== key, error: result.error }
}
