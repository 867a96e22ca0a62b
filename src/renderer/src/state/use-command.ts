/**
 * Runs one control API command and keeps its latest outcome. Only the answer to the most recent
 * call is kept, so a slow earlier answer can never overwrite a newer one.
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

/** Every state but a result: what a pane shows while it has no answer to render. */
export type NoAnswer = Exclude<CommandState<CommandName>, { status: 'done' }>

export interface CommandOptions<K extends CommandName> {
  /** Run once with this input when the component mounts (e.g. to show a worked example). */
  runOnMount?: Input<K>
}

export function useCommand<K extends CommandName>(name: K, options: CommandOptions<K> = {}) {
  const client = useControlClient()
  const [state, setState] = useState<CommandState<K>>(
    options.runOnMount === undefined ? { status: 'idle' } : { status: 'pending' },
  )
  const latest = useRef(0)
  const onMount = useRef(options.runOnMount)

  /** Sends the command; the state changes only when the answer arrives. */
  const send = useCallback(
    async (input: Input<K>): Promise<void> => {
      const call = ++latest.current
      try {
        const output = await client[name](input)
        if (call === latest.current) setState({ status: 'done', output })
      } catch (error) {
        if (call === latest.current)
          setState({ status: 'failed', error: asClientError(name, error) })
      }
    },
    [client, name],
  )

  const run = useCallback(
    (input: Input<K>): Promise<void> => {
      setState({ status: 'pending' })
      return send(input)
    },
    [send],
  )

  useEffect(() => {
    if (onMount.current !== undefined) void send(onMount.current)
  }, [send])

  return { state, run }
}

function asClientError(name: CommandName, error: unknown): ControlClientError {
  if (error instanceof ControlClientError) return error
  const message = error instanceof Error ? error.message : String(error)
  return new ControlClientError(name, 'bad-response', 0, message)
}
