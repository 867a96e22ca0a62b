/**
 * "Play the bot", step 1: the authorize URL by hand. redirect_uri before and after urlencoding,
 * the URL the core built from the parts (the protocol's own layout), and switches for the classic
 * mistakes so each check can be watched reacting. Opening it sends the phone there.
 */
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { CodeBlock } from '../../components/CodeBlock'
import { Field } from '../../components/Field'
import type { CheckAnswer } from './use-authorize-check'
import type { PlayParts } from './use-stepper'
import { newState } from './use-stepper'

type Switch = 'encodeRedirectUri' | 'wechatRedirect' | 'connectRedirect'

const SWITCHES: readonly [Switch, 'encode' | 'fragment' | 'connectRedirect'][] = [
  ['encodeRedirectUri', 'encode'],
  ['wechatRedirect', 'fragment'],
  ['connectRedirect', 'connectRedirect'],
]

export function AuthorizeForm(props: {
  parts: PlayParts
  onChange: (parts: PlayParts) => void
  savedDomain: string
  answer: CheckAnswer | undefined
  onOpen: (url: string) => void
  opening: boolean
}) {
  const { t } = useTranslation('oauth')
  const { parts, onChange, answer } = props
  const scopes = useId()
  const set = <K extends keyof PlayParts>(key: K, value: PlayParts[K]) =>
    onChange({ ...parts, [key]: value })
  return (
    <div className="oauth-play" data-testid="oauth-play-authorize">
      <div className="weui-cells weui-cells_form">
        <Field
          label={t('play.s1.appid')}
          value={parts.appid}
          onChange={(v) => set('appid', v)}
          testId="oauth-play-appid"
          mono
        />
        <Field
          label={t('play.s1.redirectUri')}
          value={parts.redirectUri}
          onChange={(v) => set('redirectUri', v)}
          testId="oauth-play-redirect-uri"
          hint={t('play.s1.redirectHint')}
          mono
        />
        <div className="weui-cell weui-cell_active field">
          <div className="weui-cell__hd">
            <label className="weui-label" htmlFor={`${scopes}-input`}>
              {t('play.s1.scope')}
            </label>
          </div>
          <div className="weui-cell__bd">
            <input
              id={`${scopes}-input`}
              className="weui-input mono"
              list={scopes}
              value={parts.scope}
              spellCheck={false}
              autoComplete="off"
              data-testid="oauth-play-scope"
              onChange={(e) => set('scope', e.target.value)}
            />
            <datalist id={scopes}>
              <option value="snsapi_base" />
              <option value="snsapi_userinfo" />
            </datalist>
          </div>
        </div>
        <div className="oauth-play__state">
          <Field
            label={t('play.s1.state')}
            value={parts.state}
            onChange={(v) => set('state', v)}
            testId="oauth-play-state"
            mono
          />
          <button
            type="button"
            className="weui-btn weui-btn_mini weui-btn_default"
            data-testid="oauth-play-new-state"
            onClick={() => set('state', newState())}
          >
            {t('play.s1.newState')}
          </button>
        </div>
        <Field
          label={t('play.s1.callbackDomain')}
          value={parts.callbackDomain}
          placeholder={props.savedDomain}
          onChange={(v) => set('callbackDomain', v)}
          testId="oauth-play-callback-domain"
          hint={t('play.s1.callbackDomainHint', { saved: props.savedDomain })}
          optional
          mono
        />
      </div>
      <div className="oauth-play__switches" role="group" aria-label={t('check.title')}>
        {SWITCHES.map(([key, label]) => (
          <label key={key} className="oauth-switch">
            <input
              type="checkbox"
              checked={parts[key]}
              data-testid={`oauth-play-${label}`}
              onChange={(e) => set(key, e.target.checked)}
            />
            <span className="mono">{t(`play.s1.${label}`)}</span>
          </label>
        ))}
      </div>
      {answer && (
        <div className="oauth-play__built">
          <p className="oauth-exchange__label">{t('play.s1.before')}</p>
          <CodeBlock value={answer.redirectUri.plain ?? ''} testId="oauth-play-before" />
          <p className="oauth-exchange__label">{t('play.s1.after')}</p>
          <CodeBlock value={answer.redirectUri.encoded ?? ''} testId="oauth-play-after" />
          <p className="oauth-exchange__label">{t('play.s1.built')}</p>
          <CodeBlock value={answer.url} testId="oauth-play-url" emphasis />
          <button
            type="button"
            className="weui-btn weui-btn_primary weui-btn_mini oauth-play__open"
            data-testid="oauth-play-open"
            disabled={props.opening}
            onClick={() => props.onOpen(answer.url)}
          >
            {t('play.s1.open')}
          </button>
        </div>
      )}
    </div>
  )
}
