/**
 * Step 1's checklist groups the core's problem codes into the rules a class reads (check-rows.ts),
 * and the walk report (walk-report.ts) writes Markdown and HTML that cannot be broken by what a
 * page or a URL contained.
 */
import { describe, expect, it } from 'vitest'
import { checkRows } from '../../../../src/renderer/src/features/oauth/check-rows'
import { reportHtml, reportMarkdown } from '../../../../src/renderer/src/features/oauth/walk-report'
import type { WalkReport } from '../../../../src/renderer/src/features/oauth/walk-report'
import { OAUTH_PROBLEM_CODES } from '../../../../src/shared/model/oauth-problem-codes'

describe('checkRows', () => {
  it('every problem code has a row, and a row takes its worst severity', () => {
    const problems = OAUTH_PROBLEM_CODES.map((code) => ({
      code,
      severity: 'warning' as const,
      detail: {},
      spec: '§9.1' as const,
    }))
    const rows = checkRows(problems)
    expect(rows.reduce((n, r) => n + r.problems.length, 0)).toBe(OAUTH_PROBLEM_CODES.length)
    const mixed = checkRows([
      { code: 'state-unusual-chars', severity: 'warning', detail: {}, spec: '§9.1' },
      { code: 'state-too-long', severity: 'error', detail: {}, spec: '§9.1' },
    ])
    expect(mixed.find((r) => r.row === 'state')?.verdict).toBe('error')
    expect(mixed.find((r) => r.row === 'scope')?.verdict).toBe('ok')
  })
})

const REPORT: WalkReport = {
  title: 'OAuth — walk w1',
  generated: 'now',
  meta: [['Entry page', 'http://127.0.0.1:5176/oauth/start?a=`b`']],
  steps: [
    {
      n: 1,
      title: 'The authorize URL',
      status: 'Done',
      what: 'The bot sends <the> browser.',
      lines: ['Authorize URL: http://x/?a=1&b=2#wechat_redirect'],
      requests: [
        {
          who: 'the phone',
          method: 'GET',
          url: 'http://x/<script>',
          status: 'HTTP 200',
          answer: 'errcode 40163 — Code already used',
          notes: ['nsukey-added'],
        },
      ],
    },
  ],
  requestLabel: 'Request',
  statusLabel: 'Status',
}

describe('walk report', () => {
  it('Markdown names each step and keeps code spans intact', () => {
    const md = reportMarkdown(REPORT)
    expect(md).toContain('## 1. The authorize URL')
    expect(md).toContain('`` http://127.0.0.1:5176/oauth/start?a=`b` ``')
    expect(md).toContain('\\<the\\>')
    expect(md).toContain('errcode 40163')
  })

  it('HTML escapes everything it was given', () => {
    const html = reportHtml(REPORT, 'en')
    expect(html.startsWith('<!doctype html>')).toBe(true)
    expect(html).not.toContain('<script>')
    expect(html).toContain('http://x/&lt;script&gt;')
    expect(html).toContain('<html lang="en">')
  })
})
