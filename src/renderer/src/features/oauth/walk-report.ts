/**
 * A walk as a report (for a class, or to attach to a bug): the five steps, their state, every
 * request with its answer, in Markdown or a standalone HTML page. Pure formatting: the panel hands
 * in the words already in the user's language.
 */
import { escapeHtml } from '../../../../shared/html-escape'

export interface ReportRequest {
  readonly who: string
  readonly method: string
  readonly url: string
  readonly status: string
  /** e.g. "errcode 40163 — code already used" */
  readonly answer?: string
  readonly notes: readonly string[]
}

export interface ReportStep {
  readonly n: number
  readonly title: string
  readonly status: string
  readonly what: string
  readonly lines: readonly string[]
  readonly requests: readonly ReportRequest[]
}

export interface WalkReport {
  readonly title: string
  readonly generated: string
  readonly meta: readonly (readonly [string, string])[]
  readonly steps: readonly ReportStep[]
  readonly requestLabel: string
  readonly statusLabel: string
  /** The classic mistake reproduced on this walk, when there is one. */
  readonly mistake?: {
    readonly heading: string
    readonly title: string
    readonly lines: readonly string[]
  }
}

/** Inline code in Markdown: backticks inside the value widen the fence. */
function code(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((m) => m.length))
  const fence = '`'.repeat(longest + 1)
  return `${fence}${longest > 0 ? ' ' : ''}${text}${longest > 0 ? ' ' : ''}${fence}`
}

function mdText(text: string): string {
  return text.replace(/([\\*_[\]<>|#])/g, '\\$1')
}

export function reportMarkdown(report: WalkReport): string {
  const out: string[] = [`# ${mdText(report.title)}`, '', `_${mdText(report.generated)}_`, '']
  for (const [label, value] of report.meta) out.push(`- **${mdText(label)}**: ${code(value)}`)
  out.push('')
  for (const step of report.steps) {
    out.push(`## ${step.n}. ${mdText(step.title)}`, '')
    out.push(`**${mdText(report.statusLabel)}**: ${mdText(step.status)}`, '')
    out.push(mdText(step.what), '')
    for (const line of step.lines) out.push(`- ${mdText(line)}`)
    if (step.lines.length > 0) out.push('')
    for (const r of step.requests) {
      out.push(`- ${mdText(r.who)}: ${code(`${r.method} ${r.url}`)} → ${mdText(r.status)}`)
      if (r.answer) out.push(`  - ${mdText(r.answer)}`)
      for (const note of r.notes) out.push(`  - ${mdText(note)}`)
    }
    if (step.requests.length > 0) out.push('')
  }
  if (report.mistake) {
    out.push(`## ${mdText(report.mistake.heading)}: ${mdText(report.mistake.title)}`, '')
    for (const line of report.mistake.lines) out.push(mdText(line), '')
  }
  return out.join('\n')
}

const STYLE = `body{font:15px/1.6 system-ui,-apple-system,"PingFang SC","Microsoft YaHei",sans-serif;max-width:860px;margin:32px auto;padding:0 16px;color:#111}
h1{font-size:22px}h2{font-size:17px;margin-top:28px;border-bottom:1px solid #ddd;padding-bottom:4px}
code{font:13px ui-monospace,Menlo,Consolas,monospace;background:#f2f2f2;padding:1px 4px;border-radius:3px;word-break:break-all}
.status{display:inline-block;padding:0 8px;border-radius:10px;background:#e8f5ee;color:#067d40;font-size:13px}
.meta,.muted{color:#555}ul{padding-left:20px}
@media (prefers-color-scheme:dark){body{background:#111;color:#e6e6e6}code{background:#2c2c2c}h2{border-color:#333}.meta,.muted{color:#aaa}.status{background:#1f3a2b;color:#6fd39a}}`

export function reportHtml(report: WalkReport, lang: string): string {
  const steps = report.steps
    .map((step) => {
      const lines = step.lines.map((l) => `<li>${escapeHtml(l)}</li>`).join('')
      const requests = step.requests
        .map((r) => {
          const more = [r.answer, ...r.notes].filter((x): x is string => Boolean(x))
          const sub = more.length
            ? `<ul>${more.map((m) => `<li>${escapeHtml(m)}</li>`).join('')}</ul>`
            : ''
          return `<li>${escapeHtml(r.who)}: <code>${escapeHtml(`${r.method} ${r.url}`)}</code> → ${escapeHtml(r.status)}${sub}</li>`
        })
        .join('')
      return [
        `<section><h2>${step.n}. ${escapeHtml(step.title)}</h2>`,
        `<p>${escapeHtml(report.statusLabel)}: <span class="status">${escapeHtml(step.status)}</span></p>`,
        `<p class="muted">${escapeHtml(step.what)}</p>`,
        lines ? `<ul>${lines}</ul>` : '',
        requests ? `<p>${escapeHtml(report.requestLabel)}</p><ul>${requests}</ul>` : '',
        '</section>',
      ].join('')
    })
    .join('\n')
  const meta = report.meta
    .map(([label, value]) => `<li>${escapeHtml(label)}: <code>${escapeHtml(value)}</code></li>`)
    .join('')
  const mistake = report.mistake
    ? `<section><h2>${escapeHtml(report.mistake.heading)}: ${escapeHtml(report.mistake.title)}</h2>${report.mistake.lines
        .map((l) => `<p>${escapeHtml(l)}</p>`)
        .join('')}</section>`
    : ''
  return `<!doctype html>
<html lang="${escapeHtml(lang)}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(report.title)}</title><style>${STYLE}</style></head>
<body><h1>${escapeHtml(report.title)}</h1><p class="meta">${escapeHtml(report.generated)}</p><ul class="meta">${meta}</ul>
${steps}
${mistake}
</body></html>
`
}
