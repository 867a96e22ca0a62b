/**
 * Step 1, the authorize URL (protocol.md §9.1): in "follow" the URL the bot sent the phone to, in
 * "play" the form that builds it; both checked live by the core, then the mock's own verdict when
 * the phone got there (consent page, silent code, or WeChat's error page and its findings).
 */
import { useTranslation } from 'react-i18next'
import { CodeBlock } from '../../components/CodeBlock'
import { OAUTH_OUTCOME_TEXT } from '../../../../shared/explain/oauth-findings'
import { explainLang } from '../../i18n'
import { AuthorizeChecks } from './AuthorizeChecks'
import { AuthorizeForm } from './AuthorizeForm'
import { ExchangeItem } from './ExchangeItem'
import { FindingNote } from './Explained'
import { ParamList, queryRows } from './ParamList'
import { StepCard } from './StepCard'
import { stepStatus } from './step-status'
import { useAuthorizeCheck } from './use-authorize-check'
import type { CheckInput } from './use-authorize-check'
import type { Stepper } from './use-stepper'
import { authorizePartsOf } from './use-stepper'
import { AUTHORIZE_PATH, readUrl } from './walk-model'

export function StepAuthorize(props: { stepper: Stepper }) {
  const { t, i18n } = useTranslation('oauth')
  const { stepper } = props
  const { walk, mode, parts, account } = stepper
  const accountId = account?.id
  const callbackDomain = parts.callbackDomain
  const input: CheckInput | undefined =
    mode === 'play'
      ? {
          parts: authorizePartsOf(parts),
          ...(callbackDomain.trim() === '' ? {} : { callbackDomain }),
          ...(accountId ? { accountId } : {}),
        }
      : walk?.authorizeUrl
        ? { url: walk.authorizeUrl, ...(accountId ? { accountId } : {}) }
        : undefined
  const check = useAuthorizeCheck(input)
  // The bot's page that redirected to the authorize URL: the request that built it.
  const builder = walk?.pages.find(
    (p) =>
      p.analysis.redirectTo !== undefined &&
      readUrl(p.analysis.redirectTo)?.pathname === AUTHORIZE_PATH,
  )
  const outcome = walk?.authorizeOutcome
  // What the live checks already list is not repeated under the mock's answer.
  const checked = new Set<string>(check.answer?.problems.map((p) => p.code) ?? [])
  const lang = explainLang(i18n.language)
  return (
    <StepCard
      n={1}
      title={t('step.s1.title')}
      status={mode === 'play' && check.answer?.refused ? 'failed' : stepStatus(walk, 1)}
      what={t('step.s1.what')}
      checks={t('step.s1.checks', { returnObjects: true })}
    >
      {mode === 'play' ? (
        <AuthorizeForm
          parts={parts}
          onChange={stepper.setParts}
          savedDomain={account?.callbackDomain ?? ''}
          answer={check.answer}
          opening={false}
          onOpen={(url) => void stepper.openInPhone(url)}
        />
      ) : walk?.authorizeUrl ? (
        <>
          <p className="oauth-exchange__label">{t('step.s1.urlLabel')}</p>
          <CodeBlock value={walk.authorizeUrl} testId="oauth-authorize-url" />
          {!walk.authorizeUrl.includes('#') && <p className="hint">{t('step.s1.fragmentNote')}</p>}
          <p className="oauth-exchange__label">{t('step.params')}</p>
          <ParamList rows={queryRows(walk.authorizeUrl)} testId="oauth-authorize-params" />
        </>
      ) : (
        <p className="hint" data-testid="oauth-step-1-empty">
          {t('step.s1.noUrl')}
        </p>
      )}
      <AuthorizeChecks answer={check.answer} pending={check.pending} />
      {outcome && (
        <div className="oauth-answer" data-testid="oauth-authorize-outcome" data-outcome={outcome}>
          <p className="oauth-exchange__label">{t('step.answer')}</p>
          <p className="oauth-answer__title">{OAUTH_OUTCOME_TEXT[outcome][lang].title}</p>
          <p className="hint">{OAUTH_OUTCOME_TEXT[outcome][lang].explanation}</p>
          {walk.findings
            .filter((f) => !checked.has(f.code))
            .map((f, i) => (
              <FindingNote key={`${f.code}-${i}`} finding={f} />
            ))}
        </div>
      )}
      {walk && (builder || walk.authorizeHop || walk.authorizeRecord) && (
        <div className="oauth-exchanges">
          <p className="oauth-exchange__label">{t('step.exchanges')}</p>
          {builder && <ExchangeItem exchange={builder} />}
          {walk.authorizeHop && <ExchangeItem exchange={walk.authorizeHop} />}
          {walk.authorizeRecord && <ExchangeItem exchange={walk.authorizeRecord} />}
        </div>
      )}
    </StepCard>
  )
}
