/**
 * The readable report of `mpsim send`: what the phone shows, the verdict, every problem with its
 * explanation, and the attempts against the deadline in force (WeChat's is 5 s).
 */
import { deadlineSeconds, withDeadline } from '../../shared/explain/deadline'
import { REPLY_PROBLEM_TEXT } from '../../shared/explain/reply-problems'
import type { Lang } from '../../shared/explain/types'
import { WECHAT_PUSH_TIMEOUT_MS } from '../../shared/model/exchange'
import type { PushExchange } from '../../shared/model/exchange'
import type { PhoneView, Verdict } from '../../shared/model/verdict'
import type { Style } from './style'

const WORDS = {
  zh: {
    reply: '✔ 微信接受了回复，用户看到：',
    noReply: '✔ 没有回复（微信接受；用户不会看到消息）',
    unavailable: '✘ 用户看到：',
    attempts: '推送尝试',
    deadline: '每次 {s} 秒时限',
    late: '超时',
    attempt: '第 {n} 次',
    problems: '发现的问题',
    fix: '怎么改',
    duplicate: '⚠ 重试被当成了新消息：同一条推送让用户收到了 {n} 条回复。请按 MsgId 去重。',
    none: '（无）',
  },
  en: {
    reply: '✔ WeChat accepted the reply; the user sees:',
    noReply: '✔ No reply (accepted by WeChat; nothing appears for the user)',
    unavailable: '✘ The user sees:',
    attempts: 'Attempts',
    deadline: '{s} s deadline each',
    late: 'past the deadline',
    attempt: '#{n}',
    problems: 'Problems found',
    fix: 'Fix',
    duplicate:
      '⚠ Retries were handled as new messages: one push gave the user {n} answers. De-duplicate by MsgId.',
    none: '(none)',
  },
} as const

export function describePhoneView(view: PhoneView): string {
  switch (view.kind) {
    case 'text':
      return view.content
    case 'image':
    case 'voice':
      return `[${view.kind}] media_id=${view.mediaId}`
    case 'video':
      return `[video] ${view.title ?? ''} media_id=${view.mediaId}`
    case 'music':
      return `[music] ${view.title ?? ''} ${view.musicUrl ?? ''}`
    case 'news':
      return view.articles.map((a) => `[news] ${a.title ?? ''} → ${a.url ?? ''}`).join('\n    ')
    case 'transfer':
      return `[transfer_customer_service] ${view.kfAccount ?? ''}`
    case 'none':
      return ''
    case 'error-banner':
      return view.text
  }
}

function headline(verdict: Verdict, lang: Lang, style: Style): string {
  const w = WORDS[lang]
  switch (verdict.outcome) {
    case 'reply':
      return `${style.ok(w.reply)}\n    ${describePhoneView(verdict.phoneView)}`
    case 'no-reply':
      return style.ok(w.noReply)
    case 'service-unavailable':
      return `${style.bad(w.unavailable)}\n    ${style.bad(verdict.phoneView.text)}`
  }
}

function attemptLine(exchange: PushExchange, index: number, lang: Lang, timeoutMs: number): string {
  const a = exchange.attempts[index]
  if (!a) return ''
  const label = WORDS[lang].attempt.replace('{n}', String(a.index))
  const outcome = a.error
    ? `${a.error.code} (${a.error.message})`
    : `HTTP ${a.response?.status ?? '?'}, ${a.response?.body.bytes ?? 0} bytes`
  const late =
    a.durationMs > timeoutMs && a.error?.code !== 'timeout' ? `  ${WORDS[lang].late}` : ''
  return `  ${label.padEnd(6)} ${String(Math.round(a.durationMs)).padStart(5)} ms  ${outcome}${late}`
}

export function renderPushReport(exchange: PushExchange, lang: Lang, style: Style): string {
  const w = WORDS[lang]
  const verdict = exchange.verdict
  const analysis = exchange.analysis
  const timeoutMs = analysis.timeoutMs ?? WECHAT_PUSH_TIMEOUT_MS
  const lines: string[] = []
  if (verdict) lines.push(headline(verdict, lang, style))
  const deadline = w.deadline.replace('{s}', deadlineSeconds(timeoutMs))
  lines.push(`${w.attempts} (${analysis.mode} ${exchange.title}, ${deadline}):`)
  exchange.attempts.forEach((_, i) => lines.push(attemptLine(exchange, i, lang, timeoutMs)))
  const problems = verdict?.problems ?? []
  if (problems.length > 0) {
    lines.push(`${w.problems}:`)
    for (const p of problems) {
      const text = withDeadline(REPLY_PROBLEM_TEXT[p.code][lang], timeoutMs)
      const mark =
        p.severity === 'error' ? style.bad('✘') : p.severity === 'warning' ? style.warn('⚠') : 'ℹ'
      lines.push(`  ${mark} ${style.bold(text.title)} [${p.code}, ${p.spec}]`)
      lines.push(`    ${text.explanation}`)
      if (p.severity !== 'info') lines.push(`    ${w.fix}: ${text.fix}`)
      const facts = Object.entries(p.detail)
      if (facts.length > 0) {
        lines.push(
          style.dim(`    ${facts.map(([k, v]) => `${k}=${JSON.stringify(v)}`).join('  ')}`),
        )
      }
    }
  }
  if (analysis.dedupe?.duplicate) {
    const n = analysis.dedupe.customSends + (analysis.dedupe.visibleReply ? 1 : 0)
    lines.push(style.warn(w.duplicate.replace('{n}', String(n))))
  }
  return lines.join('\n')
}
