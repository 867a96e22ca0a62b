/**
 * Results as JUnit XML in the shape Jenkins, GitLab, GitHub test reporters and Surefire read:
 * testsuites > testsuite(name, tests, failures, errors, skipped, time, timestamp) >
 * testcase(name, classname, time) > failure(message, type) | error(message, type) | skipped.
 * One testsuite per suite, one testcase per step and row; times in seconds.
 */
import type { AssertionFailure, StepResult, SuiteResult } from '../../../shared/model/suite'

export function junitReport(results: readonly SuiteResult[], name = 'mpsim replay'): string {
  const totals = { tests: 0, failures: 0, errors: 0, skipped: 0, ms: 0 }
  const suites = results.map((result) => {
    totals.tests += result.steps.length
    totals.failures += result.counts.failed
    totals.errors += result.counts.error
    totals.skipped += result.counts.skipped
    totals.ms += result.durationMs
    return suiteXml(result)
  })
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites${attrs({ name, tests: totals.tests, failures: totals.failures, errors: totals.errors, skipped: totals.skipped, time: seconds(totals.ms) })}>`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n')
}

function suiteXml(result: SuiteResult): string {
  const head = `  <testsuite${attrs({
    name: result.suite,
    tests: result.steps.length,
    failures: result.counts.failed,
    errors: result.counts.error,
    skipped: result.counts.skipped,
    time: seconds(result.durationMs),
    timestamp: new Date(result.startedAt).toISOString().replace(/\.\d+Z$/, ''),
    ...(result.file === undefined ? {} : { file: result.file }),
  })}>`
  return [head, ...result.steps.map((step) => caseXml(result, step)), '  </testsuite>'].join('\n')
}

function caseXml(result: SuiteResult, step: StepResult): string {
  const open = `    <testcase${attrs({ name: `${step.index + 1}. ${step.name}`, classname: result.suite, time: seconds(step.durationMs) })}`
  switch (step.status) {
    case 'passed':
      return `${open}/>`
    case 'skipped':
      return `${open}>\n      <skipped/>\n    </testcase>`
    case 'error': {
      const type = step.unreachable ? 'unreachable' : 'error'
      const message = step.error ?? 'error'
      return `${open}>\n      <error${attrs({ message, type })}>${text(message)}</error>\n    </testcase>`
    }
    case 'failed': {
      const [first] = step.failures
      const message = first ? headline(first) : 'failed'
      const body = step.failures.map(failureText).join('\n\n')
      const type = first?.assertion ?? 'assertion'
      return `${open}>\n      <failure${attrs({ message, type })}>${text(body)}</failure>\n    </testcase>`
    }
  }
}

export function headline(failure: AssertionFailure): string {
  return `${failure.assertion}: expected ${failure.expected}, got ${failure.actual}`
}

function failureText(failure: AssertionFailure): string {
  return failure.diff ? `${headline(failure)}\n${failure.diff}` : headline(failure)
}

function seconds(ms: number): string {
  return (Math.max(0, ms) / 1000).toFixed(3)
}

function attrs(values: Record<string, string | number>): string {
  return Object.entries(values)
    .map(
      ([key, value]) =>
        ` ${key}="${escape(String(value)).replace(/"/g, '&quot;').replace(/\n/g, '&#10;')}"`,
    )
    .join('')
}

function text(value: string): string {
  return escape(value)
}

/**
 * XML 1.0 escaping, and the characters XML 1.0 cannot carry at all (a bot's reply may hold
 * them) replaced by U+FFFD, so a CI server's parser never rejects the report.
 */
function escape(value: string): string {
  return value
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
}
