/**
 * The Official Account's settings, as on the admin page (基本配置 / 服务器配置), checked with
 * WeChat's own rules before saving. Verify URL runs the real handshake against the bot.
 */
import { useState } from 'react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { Account, EncryptionMode } from '../../../../shared/model/account'
import type { VerifyVerdict } from '../../../../shared/model/verify-codes'
import { useControlClient } from '../../api/client-context'
import { ControlClientError } from '../../api/control-client'
import { useEngineStore } from '../../state/engine-store'
import { issuesToErrors, randomAesKey, validateAccount } from './account-validation'
import type { FieldErrors } from './account-validation'
import { VerifyResult } from './VerifyResult'

type TextField =
  | 'name'
  | 'appId'
  | 'appSecret'
  | 'originalId'
  | 'token'
  | 'encodingAesKey'
  | 'botUrl'
  | 'callbackDomain'

export function AccountForm(props: { account: Account }) {
  const { t } = useTranslation('settings')
  const client = useControlClient()
  const store = useEngineStore()
  const [draft, setDraft] = useState<Account>(props.account)
  // A save or a key rotation changes the stored record: start a fresh draft from it (React's
  // "adjust state when a prop changes" pattern, without an effect).
  const [stored, setStored] = useState(props.account)
  if (stored !== props.account) {
    setStored(props.account)
    setDraft(props.account)
  }
  const [errors, setErrors] = useState<FieldErrors>({})
  const [notice, setNotice] = useState<{ ok: boolean; text: string }>()
  const [showSecret, setShowSecret] = useState(false)
  const [verify, setVerify] = useState<{ verdict: VerifyVerdict; exchangeId: string } | 'running'>()
  const dirty = JSON.stringify(draft) !== JSON.stringify(props.account)
  const message = (field: string) => {
    const error = errors[field]
    if (!error) return undefined
    return error.rule ? t(`rules.${error.rule}`) : error.message
  }

  const set = (patch: Partial<Account>) => {
    const next = { ...draft, ...patch }
    setDraft(next)
    setNotice(undefined)
    // Re-check fields already flagged, so a fixed value clears its message at once.
    if (Object.keys(errors).length > 0) setErrors(validateAccount(next))
  }

  const save = async () => {
    const found = validateAccount(draft)
    setErrors(found)
    if (Object.keys(found).length > 0) {
      setNotice({ ok: false, text: t('account.invalid') })
      return
    }
    try {
      const { previousEncodingAesKey, ...rest } = draft
      await client.putAccount({
        ...rest,
        ipWhitelist: [...rest.ipWhitelist],
        ...(previousEncodingAesKey ? { previousEncodingAesKey } : {}),
      })
      await store.refreshSetup()
      setNotice({ ok: true, text: t('account.saved') })
    } catch (error) {
      if (error instanceof ControlClientError) {
        setErrors(issuesToErrors(error.issues))
        setNotice({ ok: false, text: error.message })
      } else throw error
    }
  }

  const rotate = async () => {
    await client.rotateAesKey({ accountId: draft.id })
    await store.refreshSetup()
  }

  const runVerify = async () => {
    setVerify('running')
    const { verdict, exchange } = await client.verifyBot({
      accountId: draft.id,
      botUrl: draft.botUrl,
    })
    store.rememberExchange(exchange)
    setVerify({ verdict, exchangeId: exchange.id })
  }

  const text = (field: TextField, extra?: { type?: string; help?: string; after?: ReactNode }) => (
    <div className={`weui-cell weui-cell_active s-cell${errors[field] ? ' weui-cell_warn' : ''}`}>
      <div className="weui-cell__hd">
        <label className="weui-label s-label" htmlFor={`s-${field}`}>
          {t(`account.${field}`)}
        </label>
      </div>
      <div className="weui-cell__bd">
        <div className="s-input-row">
          <input
            id={`s-${field}`}
            className="weui-input mono s-input"
            data-testid={`settings-account-${field}`}
            type={extra?.type ?? 'text'}
            spellCheck={false}
            autoComplete="off"
            value={draft[field]}
            aria-invalid={errors[field] ? true : undefined}
            onChange={(e) => set({ [field]: e.target.value })}
          />
          {extra?.after}
        </div>
        {extra?.help && <p className="s-help">{extra.help}</p>}
        {errors[field] && (
          <p className="s-error" role="alert" data-testid={`settings-error-${field}`}>
            {message(field)}
          </p>
        )}
      </div>
    </div>
  )

  return (
    <form className="s-form" onSubmit={(e) => (e.preventDefault(), void save())} noValidate>
      <div className="weui-cells weui-cells_form s-cells">
        {text('name')}
        {text('appId')}
        {text('appSecret', {
          type: showSecret ? 'text' : 'password',
          after: (
            <button type="button" className="x-link" onClick={() => setShowSecret(!showSecret)}>
              {showSecret ? t('account.hide') : t('account.show')}
            </button>
          ),
        })}
        {text('originalId')}
        {text('token')}
        {text('encodingAesKey', {
          help: t('account.rotateHelp'),
          after: (
            <span className="s-buttons">
              <button
                type="button"
                className="x-link"
                data-testid="settings-generate-key"
                onClick={() => set({ encodingAesKey: randomAesKey() })}
              >
                {t('account.generate')}
              </button>
              <button
                type="button"
                className="x-link"
                data-testid="settings-rotate-key"
                disabled={dirty}
                onClick={() => void rotate()}
              >
                {t('account.rotate')}
              </button>
            </span>
          ),
        })}
        {draft.previousEncodingAesKey && (
          <div className="weui-cell s-cell">
            <div className="weui-cell__hd">
              <span className="weui-label s-label">{t('account.previousKey')}</span>
            </div>
            <div className="weui-cell__bd mono s-readonly" data-testid="settings-previous-key">
              {draft.previousEncodingAesKey}
            </div>
          </div>
        )}
        <div className="weui-cell s-cell">
          <div className="weui-cell__hd">
            <span className="weui-label s-label">{t('account.mode')}</span>
          </div>
          <div
            className="weui-cell__bd s-radios"
            role="radiogroup"
            data-testid="settings-account-mode"
          >
            {(['plain', 'compatible', 'safe'] as const).map((mode: EncryptionMode) => (
              <label key={mode} className="s-radio">
                <input
                  type="radio"
                  name="s-mode"
                  value={mode}
                  checked={draft.mode === mode}
                  onChange={() => set({ mode })}
                />
                {t(`account.modes.${mode}`)}
              </label>
            ))}
          </div>
        </div>
        {text('botUrl', {
          help: `${t('account.botUrlHelp')} ${t('account.verifyHelp')}`,
          after: (
            <button
              type="button"
              className="weui-btn weui-btn_mini weui-btn_default s-verify"
              data-testid="settings-verify"
              disabled={verify === 'running'}
              onClick={() => void runVerify()}
            >
              {verify === 'running' ? t('account.verifying') : t('account.verify')}
            </button>
          ),
        })}
        {text('callbackDomain')}
        <div className="weui-cell s-cell">
          <div className="weui-cell__hd">
            <label className="weui-label s-label" htmlFor="s-ip">
              {t('account.ipWhitelist')}
            </label>
          </div>
          <div className="weui-cell__bd">
            <input
              id="s-ip"
              className="weui-input mono s-input"
              value={draft.ipWhitelist.join(', ')}
              onChange={(e) =>
                set({
                  ipWhitelist: e.target.value
                    .split(',')
                    .map((v) => v.trim())
                    .filter(Boolean),
                })
              }
            />
            <p className="s-help">{t('account.ipWhitelistHelp')}</p>
          </div>
        </div>
      </div>
      {verify && verify !== 'running' && (
        <VerifyResult verdict={verify.verdict} exchangeId={verify.exchangeId} />
      )}
      <div className="s-actions">
        <button
          type="submit"
          className="weui-btn weui-btn_primary weui-btn_mini"
          data-testid="settings-save"
        >
          {t('account.save')}
        </button>
        {dirty && (
          <>
            <span className="s-dirty">{t('account.unsaved')}</span>
            <button
              type="button"
              className="x-link"
              onClick={() => (setDraft(props.account), setErrors({}))}
            >
              {t('account.reset')}
            </button>
          </>
        )}
        {notice && (
          <span
            className={notice.ok ? 's-ok' : 's-error'}
            role="status"
            data-testid={notice.ok ? 'settings-saved' : 'settings-not-saved'}
          >
            {notice.text}
          </span>
        )}
      </div>
    </form>
  )
}
