/** One line on how the last send went, with the way into the inspector for the details. */
import { useTranslation } from 'react-i18next'
import { REPLY_PROBLEM_TEXT } from '../../../../shared/explain/reply-problems'
import type { Exchange } from '../../../../shared/model/exchange'
import type { Verdict } from '../../../../shared/model/verdict'
import type { ControlClientError } from '../../api/control-client'
import { coreDetail, useRequestErrorReason } from '../../components/RequestError'
import { explainLang } from '../../i18n'
import { useNavigation } from '../../state/navigation'

export type SendState =
  | { status: 'idle' }
  | { status: 'sending' }
  | { status: 'sent'; exchange: Exchange }
  | { status: 'failed'; error: ControlClientError }

export function SendResult(props: { state: SendState }) {
  const { t } = useTranslation('composer')
  const { inspect } = useNavigation()
  const reason = useRequestErrorReason()
  const { state } = props
  if (state.status === 'idle' || state.status === 'sending') return null
  if (state.status === 'failed') {
    return (
      <p
        className="cf-result cf-result_failed"
        role="alert"
        data-testid="composer-result"
        data-outcome="not-sent"
      >
        {t('failed', { message: reason(state.error) })}
        {coreDetail(state.error) && (
          <span className="cf-result__detail mono">{coreDetail(state.error)}</span>
        )}
      </p>
    )
  }
  const { exchange } = state
  const outcome = exchange.verdict?.outcome ?? 'no-reply'
  const attempts = exchange.attempts.length
  const took = exchange.attempts.at(-1)?.durationMs
  return (
    <p
      className={`cf-result cf-result_${outcome}`}
      role="status"
      data-testid="composer-result"
      data-outcome={outcome}
    >
      <span className="cf-result__text">
        <VerdictLine verdict={exchange.verdict} />
        <span className="cf-result__meta">
          {took !== undefined && t('result.took', { ms: Math.round(took) })}
          {attempts > 1 && ` · ${t('result.attempts', { count: attempts })}`}
        </span>
      </span>
      <button
        type="button"
        className="cf-link"
        data-testid="composer-open-inspector"
        onClick={() => inspect(exchange.id)}
      >
        {t('openInspector')}
      </button>
    </p>
  )
}

function VerdictLine(props: { verdict: Verdict | undefined }) {
  const { t, i18n } = useTranslation('composer')
  const { verdict } = props
  if (!verdict) return <>{t('result.no-reply', { reason: '—' })}</>
  switch (verdict.outcome) {
    case 'reply':
      return <>{t('result.reply', { what: t(`replyKind.${verdict.phoneView.kind}`) })}</>
    case 'no-reply':
      return <>{t('result.no-reply', { reason: t(`noReplyReason.${verdict.reason}`) })}</>
    case 'service-unavailable':
      return (
        <>
          {t('result.service-unavailable', {
            problem: REPLY_PROBLEM_TEXT[verdict.cause][explainLang(i18n.language)].title,
          })}
        </>
      )
  }
}
