/**
 * Step 2 (protocol.md §9.3): the consent page (or none, for snsapi_base), the user's answer, and
 * the callback to redirect_uri with code and state — each hop of it, a repeated callback and a
 * framework's 301 included, with what the phone browser noted on the way.
 */
import { useTranslation } from 'react-i18next'
import { OAUTH_OUTCOME_TEXT } from '../../../../shared/explain/oauth-findings'
import { explainLang } from '../../i18n'
import { ExchangeItem } from './ExchangeItem'
import { ParamList, queryRows } from './ParamList'
import { StepCard } from './StepCard'
import { stepStatus } from './step-status'
import type { Stepper } from './use-stepper'

export function StepCallback(props: { stepper: Stepper }) {
  const { t, i18n } = useTranslation('oauth')
  const { walk, mode } = props.stepper
  const status = stepStatus(walk, 2)
  const lang = explainLang(i18n.language)
  const silent = walk?.code !== undefined && walk.consentHop === undefined
  const message =
    status === 'refused'
      ? t('step.s2.refused')
      : status === 'user'
        ? t('step.s2.consentShown')
        : walk?.code
          ? silent
            ? t('step.s2.silent')
            : t('step.s2.allowed')
          : status === 'failed'
            ? t('step.s2.errorPage', { code: walk?.errorPageCode ?? '' })
            : mode === 'play'
              ? t('play.s2.waiting')
              : t('step.noExchange')
  const first = walk?.callbacks[0]
  return (
    <StepCard
      n={2}
      title={t('step.s2.title')}
      status={status}
      what={t('step.s2.what')}
      checks={t('step.s2.checks', { returnObjects: true })}
    >
      <p
        className={`oauth-step__message oauth-step__message_${status}`}
        data-testid="oauth-step-2-message"
        role={status === 'user' ? 'status' : undefined}
      >
        {message}
      </p>
      {status === 'refused' && (
        <p className="hint" data-testid="oauth-refusal-explained">
          {OAUTH_OUTCOME_TEXT.denied[lang].fix}
        </p>
      )}
      {mode === 'play' && walk?.code && (
        <p className="mono wrap" data-testid="oauth-play-code">
          {t('play.s2.picked', { code: walk.code })}
        </p>
      )}
      {first && (
        <>
          <p className="oauth-exchange__label">{t('step.s2.callbackLabel')}</p>
          <ParamList rows={queryRows(first.analysis.url)} testId="oauth-callback-params" />
        </>
      )}
      {walk && (walk.consentHop || walk.consentRecord || walk.callbacks.length > 0) && (
        <div className="oauth-exchanges">
          <p className="oauth-exchange__label">{t('step.exchanges')}</p>
          {walk.consentHop && <ExchangeItem exchange={walk.consentHop} />}
          {walk.consentRecord && <ExchangeItem exchange={walk.consentRecord} />}
          {walk.callbacks.map((c) => (
            <ExchangeItem key={c.id} exchange={c} testId="oauth-callback-hop" />
          ))}
        </div>
      )}
    </StepCard>
  )
}
