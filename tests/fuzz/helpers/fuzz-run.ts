/**
 * How the fuzz suite runs. Inside `npm test` it is bounded and reproducible: a fixed seed and a
 * small number of cases per property. `npm run fuzz` (vitest --mode fuzz) runs ten times as many
 * cases from a random seed that it prints. Environment:
 * - MPSIM_FUZZ_SEED: replay a run (the seed a failure or `npm run fuzz` printed);
 * - MPSIM_FUZZ_RUNS: cases per property, in either mode;
 * - MPSIM_FUZZ_PATH: with the seed, replay exactly the failing case fast-check reported
 *   (use it with `-t '<property name>'`: a path belongs to one property).
 */
import type fc from 'fast-check'

/** `npm run fuzz` passes `--mode fuzz`; vitest exposes the mode as process.env.MODE. */
export const LONG_RUN = process.env.MODE === 'fuzz'

/** The seed of every bounded run (`npm test`). */
const FIXED_SEED = 20_240_425

function envInt(name: string): number | undefined {
  const text = process.env[name]
  if (text === undefined || text.trim() === '') return undefined
  const value = Number(text)
  if (!Number.isSafeInteger(value)) throw new Error(`${name} must be an integer, got "${text}"`)
  return value
}

function randomSeed(): number {
  return (Date.now() ^ Math.floor(Math.random() * 0x7fffffff)) | 0
}

const SEED = envInt('MPSIM_FUZZ_SEED') ?? (LONG_RUN ? randomSeed() : FIXED_SEED)
const RUNS = envInt('MPSIM_FUZZ_RUNS')
const PATH = process.env.MPSIM_FUZZ_PATH

/** Per-test timeout: the bounded suite must stay fast; a long run may take its time. */
export const PROPERTY_TIMEOUT_MS = LONG_RUN || RUNS !== undefined ? 60 * 60_000 : 20_000

/** Cases for a property whose bounded count is `bounded`. */
export function runsFor(bounded: number): number {
  return RUNS ?? (LONG_RUN ? bounded * 10 : bounded)
}

/**
 * fast-check parameters: the run's seed, the case count, and the replay path when given. A
 * property stops a few seconds before the test's timeout, so a server that stops answering is
 * reported with its counterexample (shrunk as far as time allowed) rather than as a bare timeout.
 */
export function fuzzParams<T>(bounded: number): fc.Parameters<T> {
  return {
    seed: SEED,
    numRuns: runsFor(bounded),
    interruptAfterTimeLimit: PROPERTY_TIMEOUT_MS - 5_000,
    markInterruptAsFailure: true,
    ...(PATH === undefined ? {} : { path: PATH }),
  }
}

/** Prints the seed of a long run, so any failure can be replayed with MPSIM_FUZZ_SEED. */
export function announce(area: string): void {
  if (!LONG_RUN && RUNS === undefined && process.env.MPSIM_FUZZ_SEED === undefined) return
  console.log(
    `[fuzz] ${area}: seed ${SEED}, ${RUNS ?? '10x'} runs per property — replay with ` +
      `MPSIM_FUZZ_SEED=${SEED} npm run fuzz`,
  )
}
