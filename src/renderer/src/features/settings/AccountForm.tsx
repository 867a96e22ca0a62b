/**
 * The Official Account's settings, as on the admin page (基本配置 / 服务器配置), checked with
 * WeChat's own rules before saving. Verify URL runs the real handshake against the bot.
 */
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Account } from '../../../../shared/model/account'
import { RequestError } from '../../components/RequestError'
import { randomAesKey } from './account-validation'
import { JsDomainsCell } from './JsDomainsCell'
import { ListCell } from './ListCell'
import { ModeCell } from './ModeCell'
import { SaveBar } from './SaveBar'
import { TextCell } from './TextCell'
import { useAccountForm } from './use-account-form'
import { useErrorText } from './use-error-text'
import { useVerify } from './use-verify'
import { botUrlPortNote } from './value-problems'
import { VerifyResult } from './VerifyResult'

type TextField = 'name' | 'appId' | 'originalId' | 'token' | 'callbackDomain'

export function AccountForm(props: { account: Account }) {
  const { t } = useTranslation('settings')
  const form = useAccountForm(props.account)
  const verify = useVerify(props.account.id)
  const errorText = useErrorText()
  const [showSecret, setShowSecret] = useState(false)
  const { draft, errors } = form
  const error = (field: string) => {
    const found = errors[field]
    return found ? errorText(found) : undefined
  }
  const cell = (field: TextField) => (
    <TextCell
      field={field}
      label={t(`account.${field}`)}
      value={draft[field]}
      error={error(field)}
      onChange={(value) => form.set({ [field]: value })}
    />
  )
  // A URL the API would refuse is flagged on its field instead of being sent.
  const verifyUrl = () => form.checkBotUrl() && void verify.run(draft.botUrl)
  const port = botUrlPortNote(draft.botUrl)

  return (
    <form
      className="s-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault()
        void form.save()
      }}
    >
      <div className="weui-cells weui-cells_form s-cells">
        {cell('name')}
        {cell('appId')}
        <TextCell
          field="appSecret"
          label={t('account.appSecret')}
          value={draft.appSecret}
          error={error('appSecret')}
          type={showSecret ? 'text' : 'password'}
          onChange={(appSecret) => form.set({ appSecret })}
          after={
            <button
              type="button"
              className="s-link"
              aria-pressed={showSecret}
              data-testid="settings-show-secret"
              onClick={() => setShowSecret(!showSecret)}
            >
              {showSecret ? t('account.hide') : t('account.show')}
            </button>
          }
        />
        {cell('originalId')}
        {cell('token')}
        <TextCell
          field="encodingAesKey"
          label={t('account.encodingAesKey')}
          value={draft.encodingAesKey}
          error={error('encodingAesKey')}
          onChange={(encodingAesKey) => form.set({ encodingAesKey })}
          help={form.dirty ? t('account.rotateDirty') : t('account.rotateHelp')}
          after={
            <span className="s-buttons">
              <button
                type="button"
                className="s-link"
                data-testid="settings-generate-key"
                onClick={() => form.set({ encodingAesKey: randomAesKey() })}
              >
                {t('account.generate')}
              </button>
              <button
                type="button"
                className="s-link"
                data-testid="settings-rotate-key"
                disabled={form.dirty || form.rotation.state.status === 'pending'}
                onClick={form.rotate}
              >
                {form.rotation.state.status === 'pending'
                  ? t('account.rotating')
                  : t('account.rotate')}
              </button>
            </span>
          }
        />
        {form.rotation.state.status === 'failed' && (
          <div className="s-cell-alert">
            <RequestError
              error={form.rotation.state.error}
              testId="settings-rotate-error"
              onRetry={form.rotation.retry}
            />
          </div>
        )}
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
        <ModeCell value={draft.mode} onChange={(mode) => form.set({ mode })} />
        <TextCell
          field="botUrl"
          label={t('account.botUrl')}
          value={draft.botUrl}
          error={error('botUrl')}
          placeholder="http://127.0.0.1:8080/wechat"
          onChange={(botUrl) => form.set({ botUrl })}
          help={
            <>
              <p>{port ? t('account.portNote', { port }) : t('account.botUrlHelp')}</p>
              <p>{t('account.verifyHelp')}</p>
              {draft.token !== props.account.token && (
                <p>{t('account.verifyToken', { token: props.account.token })}</p>
              )}
            </>
          }
          after={
            <button
              type="button"
              className="weui-btn weui-btn_mini weui-btn_default s-verify"
              data-testid="settings-verify"
              disabled={verify.state.kind === 'running' || draft.botUrl === ''}
              onClick={verifyUrl}
            >
              {verify.state.kind === 'running' ? t('account.verifying') : t('account.verify')}
            </button>
          }
        />
        {cell('callbackDomain')}
        <JsDomainsCell
          value={draft.jsDomains ?? []}
          fallback={draft.callbackDomain}
          error={error('jsDomains')}
          // An empty list is no list: the callback domain applies (jsSafeDomains).
          onChange={(list) => form.set({ jsDomains: list.length > 0 ? list : undefined })}
        />
        <ListCell
          field="ipWhitelist"
          label={t('account.ipWhitelist')}
          value={draft.ipWhitelist}
          error={error('ipWhitelist')}
          placeholder="203.0.113.7, 198.51.100.20"
          help={t('account.ipWhitelistHelp')}
          onChange={(ipWhitelist) => form.set({ ipWhitelist })}
        />
      </div>
      <VerifyResult state={verify.state} />
      <SaveBar dirty={form.dirty} saving={form.saving} notice={form.notice} onUndo={form.undo} />
    </form>
  )
}
