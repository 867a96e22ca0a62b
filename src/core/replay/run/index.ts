/** The replay runner (docs/replay.md "Running"). */
export { runSuite, countOf, ReplayConfigError, DEFAULT_API_CALL_WAIT_MS } from './run-suite'
export type { RunDeps, RunOptions, RunProgress } from './options'
export { evaluateStep, DEFAULT_EXPECT } from './assertions'
export type { ObservedApiCall, StepFacts } from './assertions'
export { planSteps } from './plan'
