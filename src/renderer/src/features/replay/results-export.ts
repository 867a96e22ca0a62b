/**
 * A run's results as files to download: the JSON the core answered, or JUnit XML in the common
 * Jenkins/Surefire shape (testsuites > testsuite > testcase > failure/error/skipped) that CI
 * servers read — the same shape `mpsim replay --reporter junit` writes (docs/replay.md).
 */
import type { SuiteResult } from '../../../../shared/model/suite'

export function resultsJson(result: SuiteResult): string {
  return `${JSON.stringify(result, null, 2)}\n`
}

export function resultsJunit(result: SuiteResult): string {
  const { counts } = result
  const tests = result.steps.length
  const cases = result.steps.map((step) => {
    const name = step.row === undefined ? step.name : `${step.name} [row ${step.row + 1}]`
    const open = `    <testcase name="${xml(name)}" classname="${xml(result.suite)}" time="${seconds(step.durationMs)}"`
    if (step.status === 'passed') return `${open}/>`
    const inner =
      step.status === 'skipped'
        ? '      <skipped/>'
        : step.status === 'error'
          ? `      <error message="${xml(step.error ?? 'error')}" type="error"/>`
          : step.failures
              .map(
                (f) =>
                  `      <failure message="${xml(`${f.assertion}: expected ${f.expected}, got ${f.actual}`)}" type="${xml(f.assertion)}">${xml(f.diff ?? '')}</failure>`,
              )
              .join('\n')
    return `${open}>\n${inner}\n    </testcase>`
  })
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="mpsim replay" tests="${tests}" failures="${counts.failed}" errors="${counts.error}" skipped="${counts.skipped}" time="${seconds(result.durationMs)}">`,
    `  <testsuite name="${xml(result.suite)}" tests="${tests}" failures="${counts.failed}" errors="${counts.error}" skipped="${counts.skipped}" time="${seconds(result.durationMs)}" timestamp="${new Date(result.startedAt).toISOString()}">`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n')
}

function seconds(ms: number): string {
  return (ms / 1000).toFixed(3)
}

/** Text for an XML attribute or element; characters XML 1.0 forbids are dropped. */
function xml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
}

/** File names for a run's results: the suite's name, made safe. */
export function resultsFileName(result: SuiteResult, ext: 'json' | 'xml'): string {
  const base = result.suite.replace(/[^\p{L}\p{N}_-]+/gu, '-').replace(/^-+|-+$/g, '') || 'suite'
  return `mpsim-replay-${base}.${ext === 'xml' ? 'junit.xml' : 'json'}`
}
