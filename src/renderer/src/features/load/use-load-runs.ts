/**
 * The load runs the panel knows: the core's list (running and recent, read when the panel opens),
 * kept live by `loadProgress` events — so a run `mpsim load` started against this core shows as it
 * goes — plus the run started here (runLoad answers with the final report when it ends). Which run
 * is shown: the one the user picked or started; a run first heard of while that one is not
 * running takes its place (the newest activity is what there is to watch).
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { LoadReport, StartLoadInput } from '../../../../shared/control/load-schemas'
import { useControlClient } from '../../api/client-context'
import { ControlClientError } from '../../api/control-client'
import { useEngineStore } from '../../state/engine-store'

export interface LoadRuns {
  /** Newest first. */
  readonly runs: readonly LoadReport[]
  readonly shown: LoadReport | undefined
  readonly show: (runId: string) => void
  /** A run this window asked for whose first progress has not arrived yet. */
  readonly starting: string | undefined
  readonly start: (input: StartLoadInput) => Promise<void>
  readonly stop: (runId: string) => Promise<void>
  readonly stopping: boolean
  /** Why the last start or stop failed (the core refused the values, or did not answer). */
  readonly failure: ControlClientError | undefined
  /** True once the core's list of runs answered (or failed: the panel works without it). */
  readonly listed: boolean
}

export function useLoadRuns(): LoadRuns {
  const client = useControlClient()
  const { subscribe } = useEngineStore()
  const [byId, setById] = useState<ReadonlyMap<string, LoadReport>>(new Map())
  const [picked, setPicked] = useState<string>()
  const [starting, setStarting] = useState<string>()
  const [stopping, setStopping] = useState(false)
  const [failure, setFailure] = useState<ControlClientError>()
  const [listed, setListed] = useState(false)
  const live = useRef(true)
  // Mirrors of the state for the event listener, which is registered once.
  const mirror = useRef({ byId, picked, starting })
  useEffect(() => {
    mirror.current = { byId, picked, starting }
  })

  const remember = useCallback((report: LoadReport) => {
    setById((map) => {
      const known = map.get(report.runId)
      // A late progress snapshot must not undo the final report that arrived first.
      if (known && known.status !== 'running' && report.status === 'running') return map
      const next = new Map(map)
      next.set(report.runId, report)
      return next
    })
  }, [])

  useEffect(() => {
    live.current = true
    const off = subscribe((event) => {
      if (event.name !== 'loadProgress') return
      const report = event.data.report
      const now = mirror.current
      const current = now.picked === undefined ? undefined : now.byId.get(now.picked)
      const fresh = !now.byId.has(report.runId) && report.status === 'running'
      if (fresh && now.starting === undefined && current?.status !== 'running') {
        setPicked(report.runId)
      }
      remember(report)
      setStarting((id) => (id === report.runId ? undefined : id))
    })
    client.listLoadRuns({}).then(
      ({ runs }) => {
        if (!live.current) return
        for (const run of runs) remember(run)
        setListed(true)
      },
      // No list (an older core): the panel still starts runs and follows their events.
      () => live.current && setListed(true),
    )
    return () => {
      live.current = false
      off()
    }
  }, [client, subscribe, remember])

  const runs = useMemo(
    () => [...byId.values()].sort((a, b) => b.startedAt.localeCompare(a.startedAt)),
    [byId],
  )

  const start = useCallback(
    async (input: StartLoadInput) => {
      // Our own id, so this run's events are told from another client's.
      const runId = `ui-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`
      setFailure(undefined)
      setStarting(runId)
      setPicked(runId)
      try {
        const report = await client.runLoad({ ...input, runId })
        if (live.current) remember(report)
      } catch (error) {
        if (live.current) setFailure(asClientError('runLoad', error))
      } finally {
        if (live.current) setStarting((id) => (id === runId ? undefined : id))
      }
    },
    [client, remember],
  )

  const stop = useCallback(
    async (runId: string) => {
      setStopping(true)
      try {
        const report = await client.stopLoad({ runId })
        if (live.current) remember(report)
      } catch (error) {
        if (live.current) setFailure(asClientError('stopLoad', error))
      } finally {
        if (live.current) setStopping(false)
      }
    },
    [client, remember],
  )

  const shown = (picked === undefined ? undefined : byId.get(picked)) ?? fallback(runs)
  return { runs, shown, show: setPicked, starting, start, stop, stopping, failure, listed }
}

/** Nothing picked (or the pick is gone): a running run, else the newest. */
function fallback(runs: readonly LoadReport[]): LoadReport | undefined {
  return runs.find((r) => r.status === 'running') ?? runs[0]
}

function asClientError(command: 'runLoad' | 'stopLoad', error: unknown): ControlClientError {
  if (error instanceof ControlClientError) return error
  const message = error instanceof Error ? error.message : String(error)
  return new ControlClientError(command, 'bad-response', 0, message)
}
