/**
 * Runs one control API command and keeps its latest outcome: the one way the renderer calls the
 * core (pending, failed and retry states; components/CommandError words a failure in the user's
 * language). Only the answer to the most recent call is kept, so a slow earlier answer can never
 * overwrite a newer one. Every failure becomes a ControlClientError: nothing is left "pending".
 */
import { useCallback, useEffect, useRef, useState } from 'react'
import type { CommandName, Input, Output } from '../../../shared/control/contract'
import { useControlClient } from '../api/client-context'
import { ControlClientError } from '../api/control-client'

export type CommandState<K extends CommandName> =
  | { status: 'idle' }
  | { status: 'pending' }
  | { status: 'done'; output: Output<K> }
  | { status: 'failed'; error: ControlClientError }

/** How one call ended, for callers that go on after it (save, then show "Saved"). */
export type CommandOutcome<K extends CommandName> =
  | { ok: true; output: Output<K> }
  | { ok: false; error: ControlClientError }
  /** A newer call was made meanwhile: this answer was dropped. */
  | { ok: false; error?: undefined }

/** Every state but a result: what a pane shows while it has no answer to render. */
export type NoAnswer = Exclude<CommandState<CommandName>, { status: 'done' }>

export interface CommandOptions<K extends CommandName> {
  /** Run once with this input when the component mounts (e.g. to show a worked example). */
  runOnMount?: Input<K>
  /** Called with each answer that is kept (e.g. to refresh the store); may be async. */
  onDone?: (output: Output<K>) => unknown
}

export function useCommand<K extends CommandName>(name: K, options: CommandOptions<K> = {}) {
  const client = useControlClient()
  const [state, setState] = useState<CommandState<K>>(
    options.runOnMount === undefined ? { status: 'idle' } : { status: 'pending' },
  )
  const latest = useRef(0)
  const onMount = useRef(options.runOnMount)
  const lastInput = useRef<Input<K> | undefined>(options.runOnMount)
  const onDone = useRef(options.onDone)
  useEffect(() => {
    onDone.current = options.onDone
  })

  /** Sends the command; the state changes only when the answer arrives. */
  const send = useCallback(
    async (input: Input<K>): Promise<CommandOutcome<K>> => {
      const call = ++latest.current
      lastInput.current = input
      try {
        const output = await client[name](input)
        if (call !== latest.current) return { ok: false }
        await onDone.current?.(output)
        if (call !== latest.current) return { ok: false }
        setState({ status: 'done', output })
        return { ok: true, output }
      } catch (cause) {
        if (call !== latest.current) return { ok: false }
        const error = asClientError(name, cause)
        setState({ status: 'failed', error })
        return { ok: false, error }
      }
    },
    [client, name],
  )

  /** Shows "pending" at once, then the answer; resolves to how the call ended. */
  const run = useCallback(
    (input: Input<K>): Promise<CommandOutcome<K>> => {
      setState({ status: 'pending' })
      return send(input)
    },
    [send],
  )

  /** Runs the last input again (the "Try again" of a failed call). */
  const retry = useCallback((): Promise<CommandOutcome<K>> => {
    const input = lastInput.current
    return input === undefined ? Promise.resolve({ ok: false }) : run(input)
  }, [run])

  /** Forgets the outcome (e.g. once the form it belonged to changed). */
  const reset = useCallback(() => {
    latest.current++
    setState({ status: 'idle' })
  }, [])

  useEffect(() => {
    if (onMount.current !== undefined) void send(onMount.current)
  }, [send])

  return { state, run, retry, reset }
}

function asClientError(name: CommandName, error: unknown): ControlClientError {
  if (error instanceof ControlClientError) return error
  const message = error instanceof Error ? error.message : String(error)
  return new ControlClientError(name, 'bad-response', 0, message)
}
