/** Save, the unsaved-changes mark with Undo, and what the last save did. */
import { useTranslation } from 'react-i18next'
import { RequestError } from '../../components/RequestError'
import type { Notice } from './use-account-form'

export function SaveBar(props: {
  dirty: boolean
  saving: boolean
  notice: Notice | undefined
  onUndo: () => void
}) {
  const { t } = useTranslation('settings')
  const { notice } = props
  return (
    <div className="s-actions">
      <button
        type="submit"
        className="weui-btn weui-btn_primary weui-btn_mini"
        data-testid="settings-save"
        disabled={props.saving}
      >
        {props.saving ? t('account.saving') : t('account.save')}
      </button>
      {props.dirty && (
        <>
          <span className="s-dirty" data-testid="settings-unsaved">
            {t('account.unsaved')}
          </span>
          <button
            type="button"
            className="s-link"
            data-testid="settings-undo"
            onClick={props.onUndo}
          >
            {t('account.reset')}
          </button>
        </>
      )}
      <span role="status" className="s-status">
        {notice?.kind === 'saved' && (
          <span className="s-ok" data-testid="settings-saved">
            {t('account.saved')}
          </span>
        )}
        {notice?.kind === 'invalid' && (
          <span className="s-error" data-testid="settings-not-saved">
            {t('account.invalid')}
          </span>
        )}
      </span>
      {notice?.kind === 'failed' && (
        <div className="s-actions__error" data-testid="settings-not-saved">
          <RequestError error={notice.error} testId="settings-save-error" />
        </div>
      )}
    </div>
  )
}
