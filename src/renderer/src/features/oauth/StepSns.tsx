/**
 * Steps 3 to 5 (protocol.md §9.4): the server-side calls — code → access_token, refresh, userinfo.
 * The calls of the walk (the bot's, chained to it by the code and the tokens it was handed, and
 * yours), each explained; in "play the bot" the form that makes the next one, for real.
 */
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { SnsPath } from '../../../../shared/control/oauth-schemas'
import type { ApiExchange } from '../../../../shared/model/exchange'
import { Field } from '../../components/Field'
import { RequestError } from '../../components/RequestError'
import { ControlClientError } from '../../api/control-client'
import { ExchangeItem } from './ExchangeItem'
import { StepCard } from './StepCard'
import { callsStatus, stepStatus } from './step-status'
import type { SnsForm, Stepper } from './use-stepper'
import { answerJson, REFRESH_PATH, startOf, TOKEN_PATH, USERINFO_PATH, readUrl } from './walk-model'

type SnsStep = 3 | 4 | 5

const PATH: Readonly<Record<SnsStep, SnsPath>> = {
  3: TOKEN_PATH,
  4: REFRESH_PATH,
  5: USERINFO_PATH,
}

/** The form's fields per step, and the query they make (in the doc's order). */
const FIELDS: Readonly<Record<SnsStep, readonly (keyof SnsForm)[]>> = {
  3: ['appid', 'secret', 'code'],
  4: ['appid', 'refreshToken'],
  5: ['accessToken', 'openid', 'lang'],
}

function queryOf(step: SnsStep, form: SnsForm): [string, string][] {
  switch (step) {
    case 3:
      return [
        ['appid', form.appid],
        ['secret', form.secret],
        ['code', form.code],
        ['grant_type', 'authorization_code'],
      ]
    case 4:
      return [
        ['appid', form.appid],
        ['grant_type', 'refresh_token'],
        ['refresh_token', form.refreshToken],
      ]
    case 5:
      return [
        ['access_token', form.accessToken],
        ['openid', form.openid],
        ['lang', form.lang],
      ]
  }
}

const LABEL: Readonly<Record<keyof SnsForm, string>> = {
  appid: 'play.s1.appid',
  code: 'play.code',
  secret: 'play.secret',
  refreshToken: 'play.refreshToken',
  accessToken: 'play.accessToken',
  openid: 'play.openid',
  lang: 'play.lang',
}

export function StepSns(props: { stepper: Stepper; n: SnsStep }) {
  const { t } = useTranslation('oauth')
  const { stepper, n } = props
  const { walk, mode } = stepper
  const [sending, setSending] = useState(false)
  const [failure, setFailure] = useState<ControlClientError>()
  const chained = !walk
    ? []
    : n === 3
      ? walk.tokenCalls
      : n === 4
        ? walk.refreshCalls
        : walk.userinfoCalls
  // Calls you made from this form that the chain cannot know (a code typed by hand).
  const since = walk?.startedAt ?? 0
  const yours = stepper.ownCalls.filter(
    (c) =>
      readUrl(c.attempts[0]?.request.url ?? '')?.pathname === PATH[n] &&
      startOf(c) >= since &&
      !chained.some((k) => k.id === c.id),
  )
  const calls: ApiExchange[] = [...chained, ...yours].sort((a, b) => startOf(a) - startOf(b))
  const status = yours.length === 0 ? stepStatus(walk, n) : callsStatus(calls)
  const send = async () => {
    setSending(true)
    setFailure(undefined)
    try {
      await stepper.call(PATH[n], queryOf(n, stepper.snsForm))
    } catch (cause) {
      if (cause instanceof ControlClientError) setFailure(cause)
    } finally {
      setSending(false)
    }
  }
  const key = n === 3 ? 's3' : n === 4 ? 's4' : 's5'
  const lastPage = walk?.lastPage
  // The profile the last good userinfo answered: what the bot's page shows the user.
  const nickname =
    n === 5
      ? calls
          .map((c) => answerJson(c)?.['nickname'])
          .filter((v): v is string => typeof v === 'string')
          .at(-1)
      : undefined
  return (
    <StepCard
      n={n}
      title={t(`step.${key}.title`)}
      status={status}
      what={t(`step.${key}.what`)}
      checks={t(`step.${key}.checks`, { returnObjects: true })}
    >
      {n === 4 && status === 'skipped' && <p className="hint">{t('step.s4.notNeeded')}</p>}
      {n === 5 && status === 'skipped' && <p className="hint">{t('step.s5.baseOnly')}</p>}
      {calls.length > 0 ? (
        <div className="oauth-exchanges" data-testid={`oauth-step-${n}-calls`}>
          <p className="oauth-exchange__label">{t('step.exchanges')}</p>
          {calls.map((c) => (
            <ExchangeItem key={c.id} exchange={c} />
          ))}
        </div>
      ) : (
        status !== 'skipped' && <p className="hint">{t('step.noExchange')}</p>
      )}
      {n === 5 && nickname !== undefined && (
        <p className="oauth-step__message oauth-step__message_done" data-testid="oauth-profile">
          {t('step.s5.nickname', { nickname })}
          {lastPage?.analysis.title
            ? ` ${t('step.s5.profile', { title: lastPage.analysis.title })}`
            : ''}
        </p>
      )}
      {mode === 'play' && (
        <form
          className="oauth-sns-form"
          data-testid={`oauth-play-step-${n}`}
          onSubmit={(e) => {
            e.preventDefault()
            void send()
          }}
        >
          <div className="weui-cells weui-cells_form">
            {FIELDS[n].map((field) => (
              <Field
                key={field}
                label={t(LABEL[field] as 'play.code')}
                value={stepper.snsForm[field]}
                onChange={(v) => stepper.editSns(field, v)}
                testId={`oauth-play-${n}-${field}`}
                mono
              />
            ))}
          </div>
          <button
            type="submit"
            className="weui-btn weui-btn_primary weui-btn_mini"
            data-testid={`oauth-play-send-${n}`}
            disabled={sending}
          >
            {sending ? t('play.sending') : t(`play.send${n}`)}
          </button>
          {failure && <RequestError error={failure} onRetry={() => void send()} />}
        </form>
      )}
    </StepCard>
  )
}
