/**
 * A wx.* call other than wx.config: what the page asked for, what mpsim answered (the object its
 * success or fail callback received) and, for a refused call, why — in WeChat's own terms.
 */
import { useTranslation } from 'react-i18next'
import type { JssdkCallFact } from '../../../../shared/model/exchange'
import { explainLang } from '../../i18n'
import { jssdkDenial, jssdkDenialText } from './page-facts'
import { ProblemCard } from './ProblemCard'

export function JssdkCallView(props: { fact: JssdkCallFact }) {
  const { t, i18n } = useTranslation('inspector')
  const { fact } = props
  const denial = jssdkDenialText(fact, explainLang(i18n.language))
  return (
    <div
      className="x-jssdk"
      data-testid="inspector-jssdk-call"
      data-ok={fact.ok ? 'true' : 'false'}
    >
      <p className={`x-verdict-line ${fact.ok ? 'x-verdict-line_ok' : 'x-verdict-line_bad'}`}>
        {fact.ok ? t('jssdk.callOk') : t('jssdk.callFailed')}
      </p>
      {denial && (
        <ProblemCard code={jssdkDenial(fact) ?? ''} tone="error" text={denial} spec="§11" />
      )}
      <dl className="kv kv_compact">
        <div className="kv__row">
          <dt>{t('jssdk.callArgs')}</dt>
          <dd className="mono wrap">{fact.args}</dd>
        </div>
        <div className="kv__row">
          <dt>{t('jssdk.callAnswer')}</dt>
          <dd className="mono wrap" data-testid="inspector-jssdk-answer">
            {fact.answer}
          </dd>
        </div>
      </dl>
    </div>
  )
}
