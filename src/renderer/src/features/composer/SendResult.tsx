/** One line on how the last send went, with the way into the inspector for the details. */
import { useTranslation } from 'react-i18next'
import { REPLY_PROBLEM_TEXT } from '../../../../shared/explain/reply-problems'
import type { Exchange } from '../../../../shared/model/exchange'
import { explainLang } from '../../i18n'
import { useNavigation } from '../../state/navigation'

export type SendState =
  | { status: 'idle' }
  | { status: 'sending' }
  | { status: 'sent'; exchange: Exchange }
  | { status: 'failed'; message: string }

export function SendResult(props: { state: SendState }) {
  const { t, i18n } = useTranslation('composer')
  const { inspect } = useNavigation()
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
        {t('failed', { message: state.message })}
      </p>
    )
  }
  const verdict = state.exchange.verdict
  const outcome = verdict?.outcome ?? 'no-reply'
  const first = verdict?.problems.find((p) => p.severity === 'error')
  const text =
    outcome === 'reply'
      ? t('result.reply')
      : outcome === 'no-reply'
        ? t('result.no-reply', { reason: verdict?.outcome === 'no-reply' ? verdict.reason : '' })
        : t('result.service-unavailable', {
            problem: first ? REPLY_PROBLEM_TEXT[first.code][explainLang(i18n.language)].title : '',
          })
  return (
    <p
      className={`cf-result cf-result_${outcome}`}
      role="status"
      data-testid="composer-result"
      data-outcome={outcome}
    >
      <span>{text}</span>
      <button
        type="button"
        className="x-link"
        data-testid="composer-open-inspector"
        onClick={() => inspect(state.exchange.id)}
      >
        {t('openInspector')}
      </button>
    </p>
  )
}
