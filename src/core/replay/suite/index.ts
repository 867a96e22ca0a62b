/** Suites: read, write, and build from recorded exchanges (docs/replay.md "Suites"). */
export { parseSuiteText, MAX_SUITE_BYTES } from './parse-suite'
export type { ParsedSuite, SuiteProblem } from './parse-suite'
export { formatSuite } from './format-suite'
export { suiteFromExchanges, recordedReplyOf } from './from-exchanges'
export type { FromExchangesOptions } from './from-exchanges'
