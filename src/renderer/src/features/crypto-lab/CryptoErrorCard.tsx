/**
 * A crypto failure as the core reported it (protocol.md §8.6): the WXBizMsgCrypt code name and number a
 * developer knows from their SDK's logs, what it means and how to fix it (shared explanation
 * table), and the structured facts behind it.
 */
import { useTranslation } from 'react-i18next'
import type { CryptoFailure } from '../../../../shared/control/lab-schemas'
import { CRYPTO_ERROR_TEXT } from '../../../../shared/explain/crypto-errors'
import type { CryptoErrorCode } from '../../../../shared/model/crypto-codes'
import { explainLang } from '../../i18n'

function isCryptoErrorCode(code: string): code is CryptoErrorCode {
  return Object.hasOwn(CRYPTO_ERROR_TEXT, code)
}

export function CryptoErrorCard(props: { error: CryptoFailure }) {
  const { t, i18n } = useTranslation()
  const { error } = props
  const text = isCryptoErrorCode(error.code)
    ? CRYPTO_ERROR_TEXT[error.code][explainLang(i18n.language)]
    : undefined
  // An empty fact (e.g. no invalid character found) says nothing: leave it out.
  const facts = Object.entries(error.detail).filter(([, value]) => value !== '')
  return (
    <div className="alert alert_error" role="alert" data-testid="lab-error" data-code={error.code}>
      <div className="alert__hd">
        <i className="weui-icon-warn" aria-hidden="true" />
        <h3 className="alert__title" data-testid="lab-error-title">
          {text?.title ?? error.code}
        </h3>
      </div>
      <p className="alert__code mono" data-testid="lab-error-code">
        {t('lab.error.heading', { code: error.code, number: error.wxbizCode })}
      </p>
      {text ? (
        <dl className="alert__explain">
          <dt>{t('lab.error.why')}</dt>
          <dd data-testid="lab-error-explanation">{text.explanation}</dd>
          <dt>{t('lab.error.fix')}</dt>
          <dd data-testid="lab-error-fix">{text.fix}</dd>
        </dl>
      ) : (
        <p>{t('lab.error.unknown')}</p>
      )}
      {facts.length > 0 && (
        <>
          <h4 className="alert__sub">{t('lab.error.facts')}</h4>
          <dl className="kv kv_compact" data-testid="lab-error-detail">
            {facts.map(([key, value]) => (
              <div className="kv__row" key={key}>
                <dt className="mono">{key}</dt>
                <dd className="mono wrap">{String(value)}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
      <p className="alert__core">
        <span>{t('lab.error.coreMessage')}: </span>
        <span className="mono" lang="en">
          {error.message}
        </span>
      </p>
    </div>
  )
}
