/**
 * wx.config's verdict, worked out (protocol.md §11): what WeChat answered the page, why, and the
 * signature step by step — the exact string1 hashed, its SHA-1 against what the page sent (the
 * differing characters marked), the url used with its #fragment removed, and the page's domain
 * against the account's JS API safe domains. When mpsim recognised what the page signed instead,
 * that string is shown under the right one, its differences marked.
 */
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { JssdkConfigFact } from '../../../../shared/model/exchange'
import { explainLang } from '../../i18n'
import { domainVerdict, jssdkProblemText, jssdkSignedText } from './page-facts'
import { ProblemCard } from './ProblemCard'
import { diffPieces, middleDiff } from './signature-diff'

function Marked(props: { expected: string; received: string; testId: string }) {
  return (
    <dd className="mono wrap" data-testid={props.testId}>
      {diffPieces(props.expected, props.received).map((piece, i) =>
        piece.same ? piece.text : <mark key={i}>{piece.text}</mark>,
      )}
    </dd>
  )
}

/** The page's string1 against WeChat's: what it has instead, and what it lacks (struck out). */
function Changed(props: { expected: string; received: string; missingLabel: string }) {
  const diff = middleDiff(props.expected, props.received)
  return (
    <dd className="mono wrap" data-testid="inspector-jssdk-signed-string1">
      {diff.prefix}
      {diff.changed !== '' && <mark>{diff.changed}</mark>}
      {diff.missing !== '' && (
        <del className="x-missing" title={props.missingLabel}>
          {diff.missing}
        </del>
      )}
      {diff.suffix}
    </dd>
  )
}

function Row(props: { label: string; children: ReactNode; testId?: string }) {
  return (
    <div className="kv__row" data-testid={props.testId}>
      <dt>{props.label}</dt>
      {props.children}
    </div>
  )
}

export function JssdkConfigView(props: { fact: JssdkConfigFact }) {
  const { t, i18n } = useTranslation('inspector')
  const lang = explainLang(i18n.language)
  const { fact } = props
  const problem = jssdkProblemText(fact, lang)
  const signed = jssdkSignedText(fact, lang)
  const match = fact.expectedSignature !== '' && fact.expectedSignature === fact.givenSignature
  const domain = domainVerdict(fact)
  return (
    <div className="x-jssdk" data-testid="inspector-jssdk" data-ok={fact.ok ? 'true' : 'false'}>
      <p
        className={`x-verdict-line ${fact.ok ? 'x-verdict-line_ok' : 'x-verdict-line_bad'}`}
        data-testid="inspector-jssdk-errmsg"
      >
        {fact.ok ? t('jssdk.ok') : t('jssdk.failed', { errMsg: fact.errMsg })}
      </p>
      {problem && <ProblemCard code={fact.problem ?? ''} tone="error" text={problem} spec="§11" />}
      {signed && (
        <ProblemCard
          code={fact.signatureMatch ?? ''}
          tone={fact.signatureMatch === 'gateway-url' ? 'info' : 'error'}
          text={signed}
          spec="§11"
        />
      )}
      {fact.string1 !== '' && (
        <>
          <h4 className="x-sub">{t('jssdk.step1')}</h4>
          <p className="hint">{t('jssdk.step1Hint')}</p>
          <pre className="x-jssdk__string1 mono wrap" data-testid="inspector-jssdk-string1">
            {fact.string1}
          </pre>
          <h4 className="x-sub">{t('jssdk.step2')}</h4>
          <dl className="kv kv_compact x-compare">
            <Row label={t('jssdk.expected')}>
              <dd className="mono wrap" data-testid="inspector-jssdk-expected">
                {fact.expectedSignature}
              </dd>
            </Row>
            <Row label={t('jssdk.given')}>
              <Marked
                expected={fact.expectedSignature}
                received={fact.givenSignature}
                testId="inspector-jssdk-given"
              />
            </Row>
            {fact.signedString1 !== undefined && (
              <Row label={t('jssdk.signedInstead')}>
                <Changed
                  expected={fact.string1}
                  received={fact.signedString1}
                  missingLabel={t('jssdk.missing')}
                />
              </Row>
            )}
          </dl>
          <p
            className={`x-verdict-line ${match ? 'x-verdict-line_ok' : 'x-verdict-line_bad'}`}
            data-testid="inspector-jssdk-match"
            data-match={match ? 'true' : 'false'}
          >
            {match ? t('jssdk.match') : t('jssdk.mismatch')}
          </p>
        </>
      )}
      <h4 className="x-sub">{t('jssdk.url')}</h4>
      <dl className="kv kv_compact x-compare">
        <Row label={t('jssdk.urlUsed')} testId="inspector-jssdk-url">
          <dd className="mono wrap">{fact.url}</dd>
        </Row>
        {fact.fragmentStripped !== undefined && (
          <Row label={t('facts.fragment')} testId="inspector-jssdk-fragment">
            <dd>
              <span className="mono">{fact.fragmentStripped}</span> — {t('jssdk.fragment')}
            </dd>
          </Row>
        )}
      </dl>
      <h4 className="x-sub">{t('jssdk.domain')}</h4>
      <dl
        className="kv kv_compact x-compare"
        data-testid="inspector-jssdk-domain"
        data-verdict={domain}
      >
        <Row label={t('jssdk.domainOf')}>
          <dd>
            <span className="mono">{fact.domain}</span>
            {domain !== 'unchecked' && (
              <span className={domain === 'allowed' ? 'key-note_ok' : 'key-note_bad'}>
                {' '}
                — {domain === 'allowed' ? t('jssdk.inList') : t('jssdk.notInList')}
              </span>
            )}
          </dd>
        </Row>
        <Row label={t('jssdk.allowed')}>
          <dd className="mono wrap">
            {fact.allowedDomains.length > 0 ? fact.allowedDomains.join(', ') : t('jssdk.noDomains')}
          </dd>
        </Row>
      </dl>
      <h4 className="x-sub">{t('jssdk.values')}</h4>
      <dl className="kv kv_compact x-compare" data-testid="inspector-jssdk-values">
        <Row label="appId">
          <dd className="mono wrap">{fact.appId}</dd>
        </Row>
        <Row label="timestamp">
          <dd className="mono wrap">{fact.timestamp}</dd>
        </Row>
        <Row label="nonceStr">
          <dd className="mono wrap">{fact.nonceStr}</dd>
        </Row>
        <Row label={t('jssdk.jsApiList')}>
          <dd className="mono wrap">{fact.jsApiList.join(', ')}</dd>
        </Row>
        {fact.ticket !== '' && (
          <Row label={t('jssdk.ticket')}>
            <dd className="mono wrap">{fact.ticket}</dd>
          </Row>
        )}
      </dl>
    </div>
  )
}
