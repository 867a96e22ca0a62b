/**
 * The judgement, every problem worst first with what WeChat does, why, and the fix (the shared
 * explanation tables: the same words the CLI prints). Pushes: the reply verdict; verification:
 * the handshake verdict and the forged-signature probe; OAuth and API calls: how the authorize
 * pages ended, the link's findings, the errcode's meaning (platform-verdict.ts); phone-browser
 * requests: wx.config's verdict worked out, another wx.* call, or the site's HTTP error.
 * Shown only when there is something to judge (detail-sections.ts).
 */
import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import { REPLY_PROBLEM_TEXT } from '../../../../shared/explain/reply-problems'
import { VERIFY_TEXT } from '../../../../shared/explain/verify-problems'
import { withDeadline } from '../../../../shared/explain/deadline'
import { WECHAT_PUSH_TIMEOUT_MS } from '../../../../shared/model/exchange'
import type { Exchange, NetworkError } from '../../../../shared/model/exchange'
import { exchangeOutcome } from '../../../../shared/model/exchange-summary'
import { explainLang } from '../../i18n'
import { JssdkCallView } from './JssdkCallView'
import { JssdkConfigView } from './JssdkConfigView'
import type { VerdictCard } from './platform-verdict'
import { ProblemCard } from './ProblemCard'
import { groupProblems } from './problem-order'

export function VerdictView(props: { exchange: Exchange; platformCards: readonly VerdictCard[] }) {
  const { t, i18n } = useTranslation('inspector')
  const lang = explainLang(i18n.language)
  const { exchange } = props
  if (exchange.kind === 'push') {
    if (!exchange.verdict) return null
    const timeoutMs = exchange.analysis.timeoutMs ?? WECHAT_PUSH_TIMEOUT_MS
    const groups = groupProblems(exchange.verdict.problems)
    return (
      <div data-testid="inspector-verdict" data-outcome={exchange.verdict.outcome}>
        {groups.length === 0 && (
          <p className="x-verdict-line x-verdict-line_ok">{t('verdict.none')}</p>
        )}
        {groups.map((group) => (
          <ProblemCard
            key={`${group.code}/${group.severity}`}
            code={group.code}
            tone={group.severity}
            text={withDeadline(REPLY_PROBLEM_TEXT[group.code][lang], timeoutMs)}
            spec={group.spec}
            facts={group.details}
          />
        ))}
      </div>
    )
  }
  if (exchange.kind === 'verify') {
    const { verdict } = exchange.analysis
    const text = withDeadline(
      VERIFY_TEXT[verdict.code][lang],
      exchange.analysis.timeoutMs ?? WECHAT_PUSH_TIMEOUT_MS,
    )
    return (
      <div data-testid="inspector-verdict" data-outcome={verdict.ok ? 'ok' : 'failed'}>
        <ProblemCard
          code={verdict.code}
          tone={verdict.ok ? 'ok' : 'error'}
          text={verdict.ok ? { ...text, title: t('verdict.verifyOk') } : text}
          spec="§3"
          facts={verdict.ok ? undefined : [verdict.detail]}
          brief={verdict.ok}
        />
        {verdict.acceptsForgedSignature === true && (
          <p className="x-callout x-callout_warn" data-testid="inspector-forged-accepted">
            {t('verdict.forgedAccepted')}
          </p>
        )}
        {verdict.acceptsForgedSignature === false && (
          <p className="x-verdict-line x-verdict-line_ok">{t('verdict.forgedRefused')}</p>
        )}
      </div>
    )
  }
  if (exchange.kind === 'api' || exchange.kind === 'oauth') {
    const failed = props.platformCards.some((card) => card.tone === 'error')
    return (
      <div data-testid="inspector-verdict" data-outcome={failed ? 'failed' : 'ok'}>
        {props.platformCards.map((card, i) => (
          <ProblemCard
            key={`${card.code}/${i}`}
            code={card.code}
            tone={card.tone}
            text={card.text}
            fixLabel={card.fixLabel}
            spec={card.spec}
            facts={card.facts}
            brief={card.tone === 'ok' && card.text.explanation === undefined}
          />
        ))}
        {exchange.fault?.kind === 'errcode' && <p className="hint">{t('verdict.apiFault')}</p>}
      </div>
    )
  }
  const { jssdkConfig, jssdkCall } = exchange.analysis
  const status = exchange.attempts.at(-1)?.response?.status
  return (
    <div data-testid="inspector-verdict" data-outcome={exchangeOutcome(exchange)}>
      {jssdkConfig && <JssdkConfigView fact={jssdkConfig} />}
      {jssdkCall && <JssdkCallView fact={jssdkCall} />}
      {!jssdkConfig && !jssdkCall && (
        <p className="x-callout x-callout_bad" data-testid="inspector-page-failed">
          {status === undefined
            ? t('page.noAnswer', { error: networkError(exchange.attempts.at(-1)?.error, t) })
            : t('page.failedStatus', { status })}
        </p>
      )}
    </div>
  )
}

function networkError(error: NetworkError | undefined, t: TFunction<'inspector'>): string {
  return error ? t(`timeline.error.${error.code}`) : '?'
}
