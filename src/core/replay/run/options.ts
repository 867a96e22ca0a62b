/** What a run is given besides the suite (the control API's RunSuite input, the CLI's flags). */
import type { EncryptionMode } from '../../../shared/model/account'
import type { StepResult } from '../../../shared/model/suite'
import type { Engine } from '../../engine/engine'
import type { Clock } from '../../runtime/clock'
import type { EventBus } from '../../runtime/event-bus'
import type { Directory } from '../../context/directory'

export interface RunDeps {
  readonly engine: Engine
  readonly bus: EventBus
  readonly directory: Directory
  readonly clock: Clock
  /** Reads a `send: {capture}` file; node:fs by default (tests and the browser host replace it). */
  readonly readFile?: (path: string) => Promise<Uint8Array>
}

export interface RunProgress {
  readonly runId: string
  readonly done: number
  readonly total: number
  readonly step?: StepResult
}

export interface RunOptions {
  /** The bot's push URL; wins over the suite's target and the account's. */
  readonly target?: string
  readonly accountId?: string
  readonly mode?: EncryptionMode
  /** Stop starting steps after the first failure or error; the rest are reported skipped. */
  readonly bail?: boolean
  /** Steps delivered at once. @default 1 */
  readonly concurrency?: number
  /** Wins over the suite's seed. */
  readonly seed?: string | number
  readonly tags?: readonly string[]
  readonly only?: readonly number[]
  /** Per-attempt deadline and attempts; the workspace's delivery settings when absent. */
  readonly timeoutMs?: number
  readonly attempts?: number
  /**
   * How long after a delivery to keep watching for the bot's API calls when a step asserts them
   * (a bot often answers '' and sends the real answer through customer service). @default 2000
   */
  readonly apiCallWaitMs?: number
  /** Folder `send: {capture}` paths are relative to (the suite file's). @default the cwd */
  readonly baseDir?: string
  /** The suite file, for reports. */
  readonly file?: string
  readonly runId?: string
  readonly onProgress?: (progress: RunProgress) => void
}
