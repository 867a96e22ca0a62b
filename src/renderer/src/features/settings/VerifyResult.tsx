/** The URL-verification verdict, explained (WeChat itself only says “token 验证失败”). */
import { useTranslation } from 'react-i18next'
import { VERIFY_TEXT } from '../../../../shared/explain/verify-problems'
import type { VerifyVerdict } from '../../../../shared/model/verify-codes'
import { explainLang } from '../../i18n'
import { useNavigation } from '../../state/navigation'

export function VerifyResult(props: { verdict: VerifyVerdict; exchangeId: string }) {
  const { t, i18n } = useTranslation('settings')
  const { inspect } = useNavigation()
  const { verdict } = props
  const text = VERIFY_TEXT[verdict.code][explainLang(i18n.language)]
  return (
    <div
      className={`alert ${verdict.ok ? 'alert_ok' : 'alert_error'}`}
      role="status"
      data-testid="settings-verify-result"
      data-ok={verdict.ok ? 'true' : 'false'}
      data-code={verdict.code}
    >
      <h4 className="alert__title">{verdict.ok ? t('account.verifyOk') : text.title}</h4>
      {!verdict.ok && (
        <dl className="alert__explain">
          <dt>{text.explanation}</dt>
          <dd>{text.fix}</dd>
        </dl>
      )}
      {verdict.ok && verdict.acceptsForgedSignature && (
        <p className="alert__code">{text.explanation}</p>
      )}
      <button type="button" className="x-link" onClick={() => inspect(props.exchangeId)}>
        {t('account.openInspector')}
      </button>
    </div>
  )
}
