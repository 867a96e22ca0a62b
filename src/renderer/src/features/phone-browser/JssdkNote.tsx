/**
 * The page's last wx.* verdict as a small note at the bottom of the page (WeChat itself says it
 * only with `debug: true`; a developer wants it always), with the way into the inspector.
 */
import { useTranslation } from 'react-i18next'
import type { JssdkMessage } from '../../../../shared/phone-browser/bridge-messages'
import { useNavigation } from '../../state/navigation'

export function JssdkNote(props: { message: JssdkMessage; onDismiss: () => void }) {
  const { t } = useTranslation('phoneBrowser')
  const { inspect } = useNavigation()
  const { message } = props
  return (
    <div
      className={`pb-jssdk${message.ok ? '' : ' pb-jssdk_failed'}`}
      role="status"
      data-testid="phone-browser-jssdk"
      data-ok={message.ok ? 'true' : 'false'}
    >
      <span className="pb-jssdk__text mono">
        {message.ok
          ? t('jssdk.ok', { api: message.api })
          : t('jssdk.failed', { api: message.api, errMsg: message.errMsg })}
      </span>
      {message.exchangeId && (
        <button
          type="button"
          className="pb-jssdk__link"
          data-testid="phone-browser-jssdk-inspect"
          onClick={() => message.exchangeId && inspect(message.exchangeId)}
        >
          {t('jssdk.inspect')}
        </button>
      )}
      <button
        type="button"
        className="pb-jssdk__close"
        aria-label={t('jssdk.dismiss')}
        onClick={props.onDismiss}
      >
        ×
      </button>
    </div>
  )
}
