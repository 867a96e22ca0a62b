/**
 * WeChat's answer explained with the shared tables (src/shared/explain): an errcode's meaning, why
 * it happens and the fix (wechat-errcodes.ts), and an authorize finding's title, explanation and
 * fix (oauth-findings.ts) — the same words the inspector and the mock's own pages use.
 */
import { useTranslation } from 'react-i18next'
import { errcodeText } from '../../../../shared/explain/wechat-errcodes'
import { oauthFindingSpec, oauthFindingText } from '../../../../shared/explain/oauth-findings'
import type { OauthFindingFact } from '../../../../shared/model/analysis'
import { explainLang } from '../../i18n'

export function ErrcodeNote(props: { errcode: number; errmsg?: string; testId?: string }) {
  const { t, i18n } = useTranslation('oauth')
  const words = errcodeText(props.errcode, explainLang(i18n.language))
  const failed = props.errcode !== 0
  return (
    <div
      className={`note${failed ? ' note_warn' : ''} oauth-errcode`}
      data-testid={props.testId ?? 'oauth-errcode'}
      data-errcode={props.errcode}
    >
      <p className="note__title">
        errcode {props.errcode}
        {props.errmsg ? <span className="mono"> {props.errmsg}</span> : null}
        {words ? ` — ${words.meaning}` : null}
      </p>
      {words?.explanation && <p className="note__body">{words.explanation}</p>}
      {words?.fix && (
        <p className="note__body">
          <strong>{t('exchange.fix')}: </strong>
          {words.fix}
        </p>
      )}
    </div>
  )
}

export function FindingNote(props: {
  finding: Pick<OauthFindingFact, 'code' | 'severity' | 'detail'> & { wechatErrcode?: number }
}) {
  const { t, i18n } = useTranslation('oauth')
  const { finding } = props
  const text = oauthFindingText(finding.code)?.[explainLang(i18n.language)]
  const spec = oauthFindingSpec(finding.code)
  const facts = Object.entries(finding.detail)
  return (
    <div
      className={`note oauth-finding${finding.severity === 'error' ? ' oauth-finding_error' : ' note_warn'}`}
      data-testid="oauth-finding"
      data-finding={finding.code}
      data-severity={finding.severity}
    >
      <p className="note__title">
        {text?.title ?? finding.code}
        {finding.wechatErrcode !== undefined && (
          <span className="oauth-finding__code"> {finding.wechatErrcode}</span>
        )}
      </p>
      {text && <p className="note__body">{text.explanation}</p>}
      {text && (
        <p className="note__body">
          <strong>{t('check.fix')}: </strong>
          {text.fix}
        </p>
      )}
      {(facts.length > 0 || spec) && (
        <p className="note__body oauth-finding__facts mono wrap">
          {facts.map(([k, v]) => `${k}=${v}`).join(' · ')}
          {spec && <span className="oauth-finding__spec"> {t('check.spec', { spec })}</span>}
        </p>
      )}
    </div>
  )
}
