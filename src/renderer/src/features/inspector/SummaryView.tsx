/**
 * The exchange in a few lines: what it was, for whom, how it ended (with the worst problem), what
 * the phone showed, any injected fault, and — for retried pushes — whether the bot answered twice.
 * Calls without a deadline say how long they took; OAuth and API calls give their errcode's
 * meaning and the scope asked for; a phone-browser request its real address, who answered it,
 * where it redirected, and what mpsim changed on the way.
 */
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { REPLY_PROBLEM_TEXT } from '../../../../shared/explain/reply-problems'
import { VERIFY_TEXT } from '../../../../shared/explain/verify-problems'
import { withDeadline } from '../../../../shared/explain/deadline'
import type { Lang } from '../../../../shared/explain/types'
import { errcodeText } from '../../../../shared/explain/wechat-errcodes'
import { WECHAT_PUSH_TIMEOUT_MS } from '../../../../shared/model/exchange'
import type { Exchange, PageExchange } from '../../../../shared/model/exchange'
import { exchangeOutcome } from '../../../../shared/model/exchange-summary'
import { explainLang } from '../../i18n'
import { hasDeadline, pageFailed } from './detail-sections'
import { jssdkProblemText, pageFacts, pageNotes } from './page-facts'
import type { VerdictCard } from './platform-verdict'
import { worstFirst } from './problem-order'
import { KeyValues } from './Section'
import { dateTime, wallDiffers } from './time-format'
import { formatDuration } from './timeline-geometry'
import type { TFunction } from 'i18next'

type Rows = [string, ReactNode][]

export function SummaryView(props: {
  exchange: Exchange
  nickname: string | undefined
  accountName: string | undefined
  /** The verdict of an OAuth or API call (its first card is the reason shown here). */
  platformCards: readonly VerdictCard[]
}) {
  const { t, i18n } = useTranslation('inspector')
  const lang = explainLang(i18n.language)
  const { exchange } = props
  const outcome = exchangeOutcome(exchange)
  const push = exchange.kind === 'push' ? exchange.analysis : undefined
  const mode = push?.mode
  const wallMs = exchange.attempts[0]?.startedAt
  const dedupe = push?.dedupe
  const reason = reasonOf(exchange, props.platformCards, lang, t)

  const rows: Rows = [[t('summary.kind'), t(`kind.${exchange.kind}`)]]
  if (exchange.kind === 'page') rows.push(...pageRows(exchange, t))
  if (props.nickname || exchange.openid) {
    rows.push([
      exchange.kind === 'page' ? t('page.user') : t('summary.user'),
      <>
        {props.nickname} <span className="mono x-dim">{exchange.openid}</span>
      </>,
    ])
  }
  rows.push([t('summary.account'), props.accountName ?? exchange.accountId])
  if (mode) rows.push([t('summary.mode'), t(`mode.${mode}`, { defaultValue: mode })])
  rows.push([
    t('summary.time'),
    <>
      <span className="mono">{dateTime(exchange.simTime * 1000)}</span>
      {wallMs !== undefined && wallDiffers(exchange.simTime, wallMs) && (
        <span className="kv__aside">{t('summary.wall', { time: dateTime(wallMs) })}</span>
      )}
    </>,
  ])
  if (!hasDeadline(exchange.kind)) rows.push([t('duration.label'), durationOf(exchange, t)])
  rows.push([
    t('summary.outcome'),
    <span data-testid="inspector-summary-outcome">
      <span className={`x-badge x-badge_${outcome}`}>{t(`outcome.${outcome}`)}</span>
      {reason && <span className="x-summary-reason"> {reason}</span>}
    </span>,
  ])
  if (exchange.verdict) {
    rows.push([t('summary.phone'), t(`phoneView.${exchange.verdict.phoneView.kind}`)])
  }
  const scope =
    exchange.kind === 'oauth' || exchange.kind === 'api' ? exchange.analysis?.scope : undefined
  if (scope !== undefined) {
    rows.push([t('oauth.scope'), t(`oauth.scopes.${scope}`, { defaultValue: scope })])
  }
  const errcode = errcodeRow(exchange, lang, t)
  if (errcode) rows.push([t('summary.errcode'), errcode])
  if (exchange.fault) {
    const fault = exchange.fault
    rows.push([
      t('summary.fault'),
      fault.kind === 'errcode'
        ? t('fault.errcode', { errcode: fault.errcode })
        : fault.kind === 'latency'
          ? t('fault.latency', { ms: fault.latencyMs })
          : t('fault.drop'),
    ])
  }
  if (exchange.attempts.length > 1) {
    rows.push([t('summary.attempts'), String(exchange.attempts.length)])
  }
  if (dedupe && (dedupe.customSends > 0 || dedupe.duplicate)) {
    rows.push([
      t('summary.dedupe'),
      <span className={dedupe.duplicate ? 'x-bad' : undefined} data-testid="inspector-dedupe">
        {t('summary.customSends', { count: dedupe.customSends })}
        {dedupe.duplicate && ` ${t('summary.duplicate')}`}
      </span>,
    ])
  }
  if (exchange.kind === 'page') {
    const notes = pageNotes(exchange, lang)
    if (notes.length > 0) {
      rows.push([
        t('page.notes'),
        <ul className="x-notes" data-testid="inspector-page-notes">
          {notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>,
      ])
    }
  }
  return <KeyValues rows={rows} testId="inspector-summary-facts" />
}

/** The one line that says why it ended as it did. */
function reasonOf(
  exchange: Exchange,
  platformCards: readonly VerdictCard[],
  lang: Lang,
  t: TFunction<'inspector'>,
): string | undefined {
  switch (exchange.kind) {
    case 'push': {
      const worst = exchange.verdict ? worstFirst(exchange.verdict.problems)[0] : undefined
      const timeoutMs = exchange.analysis.timeoutMs ?? WECHAT_PUSH_TIMEOUT_MS
      return worst ? withDeadline(REPLY_PROBLEM_TEXT[worst.code][lang], timeoutMs).title : undefined
    }
    case 'verify': {
      const { verdict, timeoutMs } = exchange.analysis
      if (verdict.ok) return undefined
      return withDeadline(VERIFY_TEXT[verdict.code][lang], timeoutMs ?? WECHAT_PUSH_TIMEOUT_MS)
        .title
    }
    case 'api':
    case 'oauth':
      return platformCards[0]?.text.title
    case 'page': {
      const config = exchange.analysis.jssdkConfig
      if (config && !config.ok) return jssdkProblemText(config, lang)?.title ?? config.errMsg
      const status = exchange.attempts.at(-1)?.response?.status
      if (pageFailed(exchange) && status !== undefined) return t('page.failedStatus', { status })
      return undefined
    }
  }
}

/** The request's duration, and how it ended, without a deadline to measure it against. */
function durationOf(exchange: Exchange, t: TFunction<'inspector'>): ReactNode {
  const last = exchange.attempts.at(-1)
  const duration = formatDuration(exchange.attempts.reduce((sum, a) => sum + a.durationMs, 0))
  const text = last?.response
    ? t('duration.value', { duration, status: last.response.status })
    : t('duration.noAnswer', {
        duration,
        error: last?.error ? t(`timeline.error.${last.error.code}`) : '?',
      })
  return <span data-testid="inspector-duration">{text}</span>
}

/** errcode with its meaning; none for the authorize pages' 0 (a page or a redirect has none). */
function errcodeRow(exchange: Exchange, lang: Lang, t: TFunction<'inspector'>): string | undefined {
  const errcode = exchange.errcode
  if (errcode === undefined) return undefined
  if (exchange.kind === 'oauth' && errcode === 0) return undefined
  const words = errcodeText(errcode, lang)
  return words
    ? t('api.errcodeLine', { errcode, meaning: words.meaning })
    : t('api.unknownErrcode', { errcode })
}

function pageRows(exchange: PageExchange, t: TFunction<'inspector'>): Rows {
  return pageFacts(exchange, t).map((fact) => [
    fact.label,
    <span
      className={fact.mono ? 'mono wrap' : undefined}
      data-testid={`inspector-page-${fact.key}`}
    >
      {fact.value}
    </span>,
  ])
}
