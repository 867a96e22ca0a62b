/** Load runs (docs/load.md): `mpsim load`, the Load panel and the control API drive them. */
export { LoadError } from './errors'
export type { LoadErrorCode } from './errors'
export { LoadRuns, KEPT_RUNS } from './load-runs'
export { LoadRun, MAX_IN_FLIGHT } from './load-run'
export type { LoadRunDeps } from './load-run'
export type { LoadPlan } from './plan'
