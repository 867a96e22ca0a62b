/** The conformance pack (docs/replay.md "Conformance"). */
export { conformanceSuite, CONFORMANCE_SUITE_NAME } from './conformance-suite'
export type { ConformanceOptions } from './conformance-suite'
export { runConformance, VERIFY_STEP_NAME } from './run-conformance'
