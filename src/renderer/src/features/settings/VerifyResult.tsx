/**
 * The URL-verification verdict, explained: WeChat itself only says “token 验证失败”; this names
 * the cause, the facts behind it, the fix, and links to the recorded exchange.
 */
import { useTranslation } from 'react-i18next'
import { VERIFY_TEXT } from '../../../../shared/explain/verify-problems'
import type { VerifyVerdict } from '../../../../shared/model/verify-codes'
import { RequestError } from '../../components/RequestError'
import { explainLang } from '../../i18n'
import { useNavigation } from '../../state/navigation'
import type { VerifyState } from './use-verify'

const FACTS = [
  'status',
  'expected',
  'got',
  'expectedBytes',
  'gotBytes',
  'location',
  'body',
  'message',
  'durationMs',
  'token',
  'ourSignature',
] as const

export function VerifyResult(props: { state: VerifyState }) {
  const { state } = props
  if (state.kind === 'failed') {
    return <RequestError error={state.error} testId="settings-verify-error" onRetry={state.retry} />
  }
  if (state.kind !== 'done') return null
  return <Verdict verdict={state.verdict} exchangeId={state.exchangeId} />
}

function Verdict(props: { verdict: VerifyVerdict; exchangeId: string }) {
  const { t, i18n } = useTranslation('settings')
  const { inspect } = useNavigation()
  const { verdict } = props
  const text = VERIFY_TEXT[verdict.code][explainLang(i18n.language)]
  const facts = verdict.ok ? [] : FACTS.filter((key) => verdict.detail[key] !== undefined)
  return (
    <div
      className={`alert s-verdict ${verdict.ok ? 's-verdict_ok' : 'alert_error'}`}
      role="status"
      data-testid="settings-verify-result"
      data-ok={verdict.ok ? 'true' : 'false'}
      data-code={verdict.code}
    >
      <h4 className="s-verdict__title">{verdict.ok ? t('account.verifyOk') : text.title}</h4>
      {!verdict.ok && (
        <dl className="s-verdict__explain">
          <dt>{text.explanation}</dt>
          <dd>{text.fix}</dd>
        </dl>
      )}
      {facts.length > 0 && (
        <dl className="s-facts">
          {facts.map((key) => (
            <div key={key} className="s-fact">
              <dt>{t(`account.detail.${key}`)}</dt>
              <dd className="mono">{String(verdict.detail[key])}</dd>
            </div>
          ))}
        </dl>
      )}
      {verdict.acceptsForgedSignature === true && (
        <p className="s-warn" data-testid="settings-verify-forged">
          {t('account.forgedAccepted')}
        </p>
      )}
      {verdict.acceptsForgedSignature === false && (
        <p className="s-help">{t('account.forgedRefused')}</p>
      )}
      <button
        type="button"
        className="s-link"
        data-testid="settings-verify-inspect"
        onClick={() => inspect(props.exchangeId)}
      >
        {t('account.openInspector')}
      </button>
    </div>
  )
}
