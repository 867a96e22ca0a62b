/**
 * The replay commands of the control API (docs/replay.md) and the types the Replay panel reads
 * from them: the one place the panel, the inspector's "build a suite" and the window's drop import
 * name those commands.
 */
import type { Output } from '../../../../shared/control/contract'
import type { EventData } from '../../../../shared/control/events'
import type { ControlClient } from '../../api/control-client'
import { useControlClient } from '../../api/client-context'

export type ImportReport = Output<'importCaptures'>
export type SuiteList = Output<'listSuites'>
export type SuiteFile = Output<'getSuite'>
export type RunInput = Parameters<ControlClient['runSuite']>[0]
export type RunResult = Output<'runSuite'>
export type ReplayProgress = EventData<'replayProgress'>

export type ReplayClient = Pick<
  ControlClient,
  'importCaptures' | 'listSuites' | 'getSuite' | 'saveSuite' | 'suiteFromExchanges' | 'runSuite'
>

export function useReplayClient(): ReplayClient {
  return useControlClient()
}
