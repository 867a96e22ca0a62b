/**
 * The classic mistakes, one button each (mistakes.ts runs them), and what the last one showed:
 * the errcode or page WeChat answered, the shared explanation of it, the fix, and the way into
 * the inspector. The trailing-slash trap says which part is documented and which only observed.
 */
import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigation } from '../../state/navigation'
import { ErrcodeNote } from './Explained'
import { MISTAKES } from './mistakes'
import type { MistakeId } from './mistakes'
import type { MistakeRun } from './use-mistakes'

export function Mistakes(props: { run: MistakeRun | undefined; onRun: (id: MistakeId) => void }) {
  const { t } = useTranslation('oauth')
  const busy = props.run?.state === 'running'
  return (
    <section
      className="card oauth-mistakes"
      data-testid="oauth-mistakes"
      aria-labelledby="oauth-mistakes-title"
    >
      <header className="card__hd">
        <h2 className="card__title" id="oauth-mistakes-title">
          {t('mistakes.title')}
        </h2>
        <p className="card__desc">{t('mistakes.intro')}</p>
      </header>
      <div className="card__bd">
        <ul className="oauth-mistakes__list">
          {MISTAKES.map((id) => {
            const running = props.run?.id === id && busy
            return (
              <li key={id} className="oauth-mistake" data-testid={`oauth-mistake-${id}`}>
                <div className="oauth-mistake__text">
                  <p className="oauth-mistake__title" id={`oauth-mistake-${id}-title`}>
                    {t(`mistakes.items.${id}.title`)}
                  </p>
                  <p className="oauth-mistake__summary">{t(`mistakes.items.${id}.summary`)}</p>
                </div>
                <button
                  type="button"
                  className="weui-btn weui-btn_mini weui-btn_default"
                  data-testid={`oauth-mistake-run-${id}`}
                  aria-describedby={`oauth-mistake-${id}-title`}
                  disabled={busy}
                  onClick={() => props.onRun(id)}
                >
                  {running ? t('mistakes.running') : t('mistakes.run')}
                </button>
              </li>
            )
          })}
        </ul>
        {props.run && <MistakeResult run={props.run} onAgain={() => props.onRun(props.run!.id)} />}
      </div>
    </section>
  )
}

function MistakeResult(props: { run: MistakeRun; onAgain: () => void }) {
  const { t } = useTranslation('oauth')
  const { inspect } = useNavigation()
  const { run } = props
  const box = useRef<HTMLDivElement>(null)
  // The list can be long: bring the result (and any "your turn" prompt) into view as it changes.
  const key = `${run.id}:${run.state}:${run.state === 'running' ? (run.prompt ?? '') : ''}`
  useEffect(() => {
    box.current?.scrollIntoView({ block: 'nearest' })
  }, [key])
  const item = `mistakes.items.${run.id}` as const
  return (
    <div
      ref={box}
      className={`oauth-mistake-result oauth-mistake-result_${run.state}`}
      data-testid="oauth-mistake-result"
      data-mistake={run.id}
      data-state={run.state}
      {...(run.state === 'done' && run.outcome.errcode !== undefined
        ? { 'data-errcode': run.outcome.errcode }
        : {})}
      role="status"
      aria-live="polite"
    >
      <h3 className="oauth-mistake-result__title">{t(`${item}.title`)}</h3>
      {run.state === 'running' && (
        <p className={run.prompt ? 'oauth-prompt' : 'hint'} data-testid="oauth-mistake-prompt">
          {run.prompt ? t(`mistakes.${run.prompt}`) : t('mistakes.running')}
        </p>
      )}
      {run.state === 'failed' && (
        <p className="alert alert_warn" data-testid="oauth-mistake-failed">
          {t('mistakes.failed', {
            reason: t(`mistakes.reasons.${run.reason}` as 'mistakes.reasons.timeout', {
              defaultValue: run.reason,
            }),
          })}
        </p>
      )}
      {run.state === 'done' && (
        <>
          <p className="oauth-mistake-result__explain" data-testid="oauth-mistake-explanation">
            {t(`${item}.explain`)}
          </p>
          {run.id === 'token-expired' && run.outcome.facts['nickname'] && (
            <p className="oauth-step__message oauth-step__message_done">
              {t('mistakes.items.token-expired.fixed', { nickname: run.outcome.facts['nickname'] })}
            </p>
          )}
          {run.id === 'trailing-slash' && <TrailingSlashFacts facts={run.outcome.facts} />}
          {run.outcome.errcode !== undefined && run.outcome.errcode !== 0 && (
            <ErrcodeNote errcode={run.outcome.errcode} testId="oauth-mistake-errcode" />
          )}
          <p className="oauth-mistake-result__fix">
            <strong>{t('mistakes.fixTitle')}: </strong>
            {t(`${item}.fix`)}
          </p>
          <div className="oauth-mistake-result__actions">
            {run.outcome.exchangeId && (
              <button
                type="button"
                className="weui-btn weui-btn_mini weui-btn_default"
                data-testid="oauth-mistake-inspect"
                onClick={() => inspect(run.outcome.exchangeId!)}
              >
                {t('walk.inspect')}
              </button>
            )}
            <button
              type="button"
              className="weui-btn weui-btn_mini weui-btn_default"
              data-testid="oauth-mistake-again"
              onClick={props.onAgain}
            >
              {t('mistakes.again')}
            </button>
          </div>
        </>
      )}
    </div>
  )
}

function TrailingSlashFacts(props: { facts: Readonly<Record<string, string>> }) {
  const { t } = useTranslation('oauth')
  const { facts } = props
  return (
    <div className="oauth-trailing" data-testid="oauth-trailing-slash">
      {facts['from'] && (
        <p className="mono wrap">
          {facts['from']} → {facts['status']} → {facts['to']}
        </p>
      )}
      <div className="note">
        <p className="note__title">{t('mistakes.documented')}</p>
        <p className="note__body" data-testid="oauth-documented">
          {t('mistakes.items.trailing-slash.documented')}
        </p>
      </div>
      <div className="note note_warn">
        <p className="note__title">{t('mistakes.observed')}</p>
        <p className="note__body" data-testid="oauth-observed">
          {t('mistakes.items.trailing-slash.observed')}
        </p>
        <p className="note__body mono wrap" data-testid="oauth-nsukey">
          {facts['nsukeyUrl']
            ? t('mistakes.items.trailing-slash.nsukeySeen', { url: facts['nsukeyUrl'] })
            : t('mistakes.items.trailing-slash.noNsukey')}
        </p>
      </div>
    </div>
  )
}
