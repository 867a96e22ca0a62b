/**
 * The judgement, every problem worst first with what WeChat does, why, and the fix (the shared
 * explanation tables: the same words the CLI prints). Pushes: the reply verdict; verification:
 * the handshake verdict and the forged-signature probe; API calls: errcode and errmsg.
 */
import { useTranslation } from 'react-i18next'
import { REPLY_PROBLEM_TEXT } from '../../../../shared/explain/reply-problems'
import { VERIFY_TEXT } from '../../../../shared/explain/verify-problems'
import { withDeadline } from '../../../../shared/explain/deadline'
import { WECHAT_PUSH_TIMEOUT_MS } from '../../../../shared/model/exchange'
import type { Exchange } from '../../../../shared/model/exchange'
import { explainLang } from '../../i18n'
import { ProblemCard } from './ProblemCard'
import { groupProblems } from './problem-order'

export function VerdictView(props: { exchange: Exchange }) {
  const { t, i18n } = useTranslation('inspector')
  const lang = explainLang(i18n.language)
  const { exchange } = props
  if (exchange.kind === 'push' && exchange.verdict) {
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
  if (exchange.errcode !== undefined && exchange.errcode !== 0) {
    const body = exchange.attempts.at(-1)?.response?.body.text ?? ''
    return (
      <div data-testid="inspector-verdict" data-outcome="failed">
        <p className="x-callout x-callout_bad" data-testid="inspector-api-error">
          {t('verdict.apiError', { errcode: exchange.errcode, errmsg: errmsgOf(body) })}
        </p>
        {exchange.fault?.kind === 'errcode' && <p className="hint">{t('verdict.apiFault')}</p>}
      </div>
    )
  }
  if (exchange.errcode === 0) {
    return (
      <div data-testid="inspector-verdict" data-outcome="ok">
        <p className="x-verdict-line x-verdict-line_ok">{t('verdict.apiOk')}</p>
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
