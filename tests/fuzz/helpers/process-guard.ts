/**
 * Process-level invariants of the fuzz suite: no unhandled rejection or uncaught exception while
 * a storm runs, and a heap that comes back down afterwards.
 */
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { setImmediate as nextTurn } from 'node:timers/promises'

export interface ProcessWatch {
  /** What reached the process-level handlers, as readable lines. */
  readonly problems: readonly string[]
  /** Throws when anything reached them. */
  assertClean(): void
  dispose(): void
}

function describe(reason: unknown): string {
  if (reason instanceof Error) return `${reason.name}: ${reason.message}\n${reason.stack ?? ''}`
  return String(reason)
}

/** Installs unhandledRejection / uncaughtException listeners until dispose(). */
export function watchProcess(): ProcessWatch {
  const problems: string[] = []
  const onRejection = (reason: unknown): void => {
    problems.push(`unhandledRejection: ${describe(reason)}`)
  }
  const onException = (error: Error): void => {
    problems.push(`uncaughtException: ${describe(error)}`)
  }
  process.on('unhandledRejection', onRejection)
  process.on('uncaughtException', onException)
  return {
    problems,
    assertClean: () => {
      if (problems.length > 0) throw new Error(`process-level errors:\n${problems.join('\n')}`)
    },
    dispose: () => {
      process.off('unhandledRejection', onRejection)
      process.off('uncaughtException', onException)
    },
  }
}

/**
 * A way to run the garbage collector: `global.gc` when node runs with --expose-gc, else the flag
 * set at run time and `gc` taken from a fresh V8 context (what Jest's leak detector does).
 * Undefined when neither works; heap checks then skip and say so.
 */
export function findGc(): (() => void) | undefined {
  const exposed = (globalThis as { gc?: unknown }).gc
  if (typeof exposed === 'function') return exposed as () => void
  try {
    setFlagsFromString('--expose-gc')
    const gc: unknown = runInNewContext('gc')
    return typeof gc === 'function' ? (gc as () => void) : undefined
  } catch {
    return undefined
  }
}

/** Heap in use after full collections (a few turns, so closed sockets and timers can go). */
export async function settledHeapBytes(gc: () => void): Promise<number> {
  for (let i = 0; i < 4; i++) {
    gc()
    await nextTurn()
  }
  return process.memoryUsage().heapUsed
}

/** The generous bound: what a storm may leave behind (caches, logs kept in memory, JIT code). */
export const HEAP_GROWTH_LIMIT_BYTES = 64 * 1024 * 1024

export const GC_MISSING_REASON =
  'skipped: no garbage collector reachable (neither --expose-gc nor v8.setFlagsFromString worked)'
