/**
 * The exchange in a few lines: what it was, for whom, how it ended (with the worst problem), what
 * the phone showed, any injected fault, and — for retried pushes — whether the bot answered twice.
 */
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { REPLY_PROBLEM_TEXT } from '../../../../shared/explain/reply-problems'
import { VERIFY_TEXT } from '../../../../shared/explain/verify-problems'
import { withDeadline } from '../../../../shared/explain/deadline'
import { WECHAT_PUSH_TIMEOUT_MS } from '../../../../shared/model/exchange'
import type { Exchange } from '../../../../shared/model/exchange'
import { exchangeOutcome } from '../../../../shared/model/exchange-summary'
import { explainLang } from '../../i18n'
import { worstFirst } from './problem-order'
import { KeyValues } from './Section'
import { dateTime, wallDiffers } from './time-format'

export function SummaryView(props: {
  exchange: Exchange
  nickname: string | undefined
  accountName: string | undefined
}) {
  const { t, i18n } = useTranslation('inspector')
  const lang = explainLang(i18n.language)
  const { exchange } = props
  const outcome = exchangeOutcome(exchange)
  const push = exchange.kind === 'push' ? exchange.analysis : undefined
  const mode = push?.mode
  const wallMs = exchange.attempts[0]?.startedAt
  const dedupe = push?.dedupe
  const worst = exchange.verdict ? worstFirst(exchange.verdict.problems)[0] : undefined
  const verify = exchange.kind === 'verify' ? exchange.analysis : undefined
  const timeoutMs = (push ?? verify)?.timeoutMs ?? WECHAT_PUSH_TIMEOUT_MS
  const reason = worst
    ? withDeadline(REPLY_PROBLEM_TEXT[worst.code][lang], timeoutMs).title
    : verify && !verify.verdict.ok
      ? withDeadline(VERIFY_TEXT[verify.verdict.code][lang], timeoutMs).title
      : undefined

  const rows: [string, ReactNode][] = [[t('summary.kind'), t(`kind.${exchange.kind}`)]]
  if (props.nickname || exchange.openid) {
    rows.push([
      t('summary.user'),
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
  if (exchange.errcode !== undefined) rows.push([t('summary.errcode'), String(exchange.errcode)])
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
  return <KeyValues rows={rows} testId="inspector-summary-facts" />
}
