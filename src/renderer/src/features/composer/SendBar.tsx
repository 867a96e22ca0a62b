/** The Send button (WeUI primary, a spinner while sending), the shortcut, and who sends. */
import { useTranslation } from 'react-i18next'

/** ⌘ on Apple keyboards, Ctrl elsewhere: the shortcut as the user's keyboard labels it. */
const SHORTCUT = /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘+Enter' : 'Ctrl+Enter'

export function SendBar(props: {
  sending: boolean
  disabled: boolean
  userName: string | undefined
  onSend: () => void
}) {
  const { t } = useTranslation('composer')
  return (
    <div className="composer__send">
      <button
        type="button"
        className={`weui-btn weui-btn_primary weui-btn_mini composer__send-btn${props.sending ? ' weui-btn_loading' : ''}`}
        data-testid="composer-send"
        data-sending={props.sending ? 'true' : undefined}
        aria-keyshortcuts="Control+Enter Meta+Enter"
        disabled={props.disabled || props.sending}
        onClick={props.onSend}
      >
        {props.sending && <i className="weui-loading" aria-hidden="true" />}
        {props.sending ? t('sending') : t('send')}
      </button>
      <span className="cf-help composer__send-hint">
        <kbd>{t('shortcut', { keys: SHORTCUT })}</kbd>
        {props.userName && <span> · {t('to', { name: props.userName })}</span>}
      </span>
    </div>
  )
}
