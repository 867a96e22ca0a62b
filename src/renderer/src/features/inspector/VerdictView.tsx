/**
 * The judgement, with every problem explained the way a colleague would: what WeChat does, why,
 * and the fix (the shared explanation tables, the same words the CLI prints).
 */
import { useTranslation } from 'react-i18next'
import { REPLY_PROBLEM_TEXT } from '../../../../shared/explain/reply-problems'
import { VERIFY_TEXT } from '../../../../shared/explain/verify-problems'
import type { Exchange } from '../../../../shared/model/exchange'
import type { VerifyVerdict } from '../../../../shared/model/verify-codes'
import { explainLang } from '../../i18n'

export function VerdictView(props: { exchange: Exchange }) {
  const { t, i18n } = useTranslation('inspector')
  const lang = explainLang(i18n.language)
  const { exchange } = props
  if (exchange.verdict) {
    const problems = exchange.verdict.problems
    return (
      <div data-testid="inspector-verdict" data-outcome={exchange.verdict.outcome}>
        {problems.length === 0 && <p className="key-note key-note_ok">{t('verdict.none')}</p>}
        {problems.map((problem, index) => {
          const text = REPLY_PROBLEM_TEXT[problem.code][lang]
          const facts = Object.entries(problem.detail ?? {})
          return (
            <div
              key={index}
              className={`alert ${problem.severity === 'error' ? 'alert_error' : 'alert_warn'}`}
              data-testid="inspector-problem"
              data-code={problem.code}
            >
              <div className="alert__hd">
                <h4 className="alert__title">{text.title}</h4>
                <span className="x-badge">{t(`verdict.severity.${problem.severity}`)}</span>
              </div>
              <p className="alert__code mono">
                {problem.code}
                {problem.spec ? ` · ${t('verdict.spec')} ${problem.spec}` : ''}
              </p>
              <dl className="alert__explain">
                <dt>{t('verdict.explanation')}</dt>
                <dd>{text.explanation}</dd>
                <dt>{t('verdict.fix')}</dt>
                <dd>{text.fix}</dd>
              </dl>
              {facts.length > 0 && (
                <dl className="kv kv_compact">
                  {facts.map(([key, value]) => (
                    <div className="kv__row" key={key}>
                      <dt className="mono">{key}</dt>
                      <dd className="mono wrap">{String(value)}</dd>
                    </div>
                  ))}
                </dl>
              )}
            </div>
          )
        })}
      </div>
    )
  }
  if (exchange.kind === 'verify') {
    const verdict = exchange.analysis?.['verdict'] as VerifyVerdict | undefined
    if (!verdict) return null
    const text = VERIFY_TEXT[verdict.code][lang]
    return (
      <div data-testid="inspector-verdict" data-outcome={verdict.ok ? 'ok' : 'failed'}>
        <div
          className={`alert ${verdict.ok ? 'alert_ok' : 'alert_error'}`}
          data-testid="inspector-problem"
          data-code={verdict.code}
        >
          <h4 className="alert__title">{verdict.ok ? t('verdict.verifyOk') : text.title}</h4>
          {!verdict.ok && (
            <dl className="alert__explain">
              <dt>{t('verdict.explanation')}</dt>
              <dd>{text.explanation}</dd>
              <dt>{t('verdict.fix')}</dt>
              <dd>{text.fix}</dd>
            </dl>
          )}
        </div>
      </div>
    )
  }
  if (exchange.errcode !== undefined && exchange.errcode !== 0) {
    const body = exchange.attempts.at(-1)?.response?.body.text ?? ''
    const errmsg = errmsgOf(body)
    return (
      <div data-testid="inspector-verdict" data-outcome="failed">
        <p className="alert alert_error">
          {t('verdict.apiError', { errcode: exchange.errcode, errmsg })}
        </p>
      </div>
    )
  }
  return null
}

/** WeChat's errmsg from a JSON error body; the body itself when it is not one. */
function errmsgOf(body: string): string {
  try {
    const parsed = JSON.parse(body) as { errmsg?: unknown }
    return typeof parsed.errmsg === 'string' ? parsed.errmsg : body.slice(0, 200)
  } catch {
    return body.slice(0, 200)
  }
}
