/**
 * What the Replay panel keeps while the user is elsewhere: the last import's report, the suite
 * open in the editor and the run (live progress, then its result). Above the panels, because a
 * step's "open in the inspector" leaves the panel and coming back must find the run, and because
 * imports also start outside it: files dropped anywhere on the window, or the desktop menu's
 * File › Import captures (the `capturesImported` event).
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react'
import type { ReactNode } from 'react'
import type { StepResult } from '../../../../shared/model/suite'
import type { ControlClientError } from '../../api/control-client'
import { useEngineStore } from '../../state/engine-store'
import { useNavigation } from '../../state/navigation'
import { batches, toWire } from './read-files'
import type { PickedFile } from './read-files'
import { useReplayClient } from './replay-client'
import type { ImportReport, ReplayProgress, RunInput, RunResult } from './replay-client'

export type ImportOrigin = 'picker' | 'folder' | 'drop' | 'paste' | 'menu'

export type ImportState =
  | { status: 'idle' }
  | { status: 'reading'; files: number }
  | { status: 'done'; origin: ImportOrigin; report: ImportReport; seq: number }
  | { status: 'failed'; error: unknown }

export type RunState =
  | { status: 'idle' }
  | {
      status: 'running'
      /** From this window, or a run another client started (`mpsim replay` attached). */
      local: boolean
      runId: string
      done: number
      total: number
      steps: readonly StepResult[]
      /** Which steps were asked for, when only the failures are run again. */
      only?: readonly number[]
    }
  | { status: 'done'; result: RunResult; only?: readonly number[] }
  | { status: 'failed'; error: ControlClientError | Error }

export interface ReplayState {
  readonly imported: ImportState
  readonly importFiles: (files: readonly PickedFile[], origin: ImportOrigin) => Promise<void>
  readonly importText: (text: string) => Promise<void>
  /** The suite file open in the editor (a path inside suites/). */
  readonly file: string | undefined
  readonly openFile: (file: string | undefined) => void
  /** Bumped when a suite was saved elsewhere (the inspector): the list reads again. */
  readonly suitesVersion: number
  readonly suitesChanged: () => void
  readonly run: RunState
  readonly startRun: (input: RunInput) => Promise<void>
}

const Context = createContext<ReplayState | null>(null)

export function ReplayProvider(props: { children: ReactNode }) {
  const client = useReplayClient()
  const { subscribe } = useEngineStore()
  const { go } = useNavigation()
  const [imported, setImported] = useState<ImportState>({ status: 'idle' })
  const [file, openFile] = useState<string>()
  const [suitesVersion, setSuitesVersion] = useState(0)
  const [run, setRun] = useState<RunState>({ status: 'idle' })
  const seq = useRef(0)
  /** Ids of the runs this window started. */
  const mine = useRef(new Set<string>())

  const finishImport = useCallback((origin: ImportOrigin, report: ImportReport) => {
    seq.current += 1
    setImported({ status: 'done', origin, report, seq: seq.current })
  }, [])

  const importFiles = useCallback(
    async (files: readonly PickedFile[], origin: ImportOrigin) => {
      if (files.length === 0) return
      setImported({ status: 'reading', files: files.length })
      try {
        const wire = await Promise.all(files.map(toWire))
        const report: ImportReport = { messages: [], skipped: [] }
        // Under the control API's body limit: several requests, one report.
        for (const batch of batches(wire)) {
          const part = await client.importCaptures({ files: batch })
          report.messages.push(...part.messages)
          report.skipped.push(...part.skipped)
        }
        finishImport(origin, report)
      } catch (error) {
        setImported({ status: 'failed', error })
      }
    },
    [client, finishImport],
  )

  const importText = useCallback(
    async (text: string) => {
      setImported({ status: 'reading', files: 1 })
      try {
        finishImport('paste', await client.importCaptures({ text }))
      } catch (error) {
        setImported({ status: 'failed', error })
      }
    },
    [client, finishImport],
  )

  // Live progress, and the imports made from the desktop menu.
  useEffect(
    () =>
      subscribe((event) => {
        if (event.name === 'capturesImported') {
          finishImport('menu', event.data)
          go('replay')
        } else if (event.name === 'replayProgress') {
          const progress = event.data
          // A run of this window whose answer came before its last events: already shown whole.
          if (mine.current.has(progress.runId)) {
            setRun((now) => (isRunning(now, progress.runId) ? advance(now, progress) : now))
          } else setRun((now) => advance(now, progress))
        }
      }),
    [subscribe, finishImport, go],
  )

  const startRun = useCallback(
    async (input: RunInput) => {
      // Our own id, so the progress events of this run are told from another client's.
      const runId = `ui-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`
      const only = input.only ? { only: input.only } : {}
      mine.current.add(runId)
      setRun({ status: 'running', local: true, runId, done: 0, total: 0, steps: [], ...only })
      try {
        const result = await client.runSuite({ ...input, runId })
        setRun({ status: 'done', result, ...only })
      } catch (error) {
        setRun({ status: 'failed', error: error as Error })
      }
    },
    [client],
  )

  const suitesChanged = useCallback(() => setSuitesVersion((v) => v + 1), [])

  const value = useMemo<ReplayState>(
    () => ({
      imported,
      importFiles,
      importText,
      file,
      openFile,
      suitesVersion,
      suitesChanged,
      run,
      startRun,
    }),
    [imported, importFiles, importText, file, suitesVersion, suitesChanged, run, startRun],
  )
  return <Context.Provider value={value}>{props.children}</Context.Provider>
}

/**
 * One progress event applied: to this window's run when it is its id; otherwise, with nothing
 * running here, another client's run (`mpsim replay` attached to this core) is followed live.
 */
export function advance(now: RunState, progress: ReplayProgress): RunState {
  const step = progress.step
  if (now.status === 'running' && now.runId === progress.runId) {
    return {
      ...now,
      done: progress.done,
      total: progress.total,
      steps: step ? [...now.steps.filter((s) => !sameStep(s, step)), step] : now.steps,
    }
  }
  if (now.status === 'running' && now.local) return now
  return {
    status: 'running',
    local: false,
    runId: progress.runId,
    done: progress.done,
    total: progress.total,
    steps: step ? [step] : [],
  }
}

function isRunning(now: RunState, runId: string): boolean {
  return now.status === 'running' && now.runId === runId
}

function sameStep(a: StepResult, b: StepResult): boolean {
  return a.index === b.index && a.row === b.row
}

export function useReplay(): ReplayState {
  const state = useContext(Context)
  if (!state) throw new Error('useReplay() must be used inside <ReplayProvider>')
  return state
}
