/**
 * Said on screen, not hidden: the page left the phone browser. In the browser, mpsim sees links,
 * forms, redirects and window.open, but a script assigning `location` to another site cannot be
 * caught (Location is unforgeable); the desktop app catches it for WeChat hosts
 * (docs/phone-browser.md).
 */
import { useTranslation } from 'react-i18next'
import { usePhoneBrowser } from '../../state/phone-browser'
import type { LeavingHow } from '../../state/phone-browser'

const HOWS: ReadonlySet<string> = new Set<LeavingHow>([
  'no-bridge',
  'script-location',
  'window-open',
  'unknown',
])

export function LeavingNotice(props: { leaving: { url: string; how: string } }) {
  const { t } = useTranslation('phoneBrowser')
  const browser = usePhoneBrowser()
  const how = (HOWS.has(props.leaving.how) ? props.leaving.how : 'unknown') as LeavingHow
  return (
    <div className="pb-notice" role="alert" data-testid="phone-browser-leaving" data-how={how}>
      <strong className="pb-notice__title">{t('leaving.title')}</strong>
      <p>{t(`leaving.${how}`, { url: props.leaving.url })}</p>
      <p className="pb-notice__mode">{t('leaving.browserMode')}</p>
      {how === 'no-bridge' && props.leaving.url && (
        <p className="pb-notice__last mono">{t('leaving.lastPage', { url: props.leaving.url })}</p>
      )}
      <button
        type="button"
        className="weui-btn weui-btn_mini weui-btn_default"
        data-testid="phone-browser-leaving-return"
        onClick={() => browser.command('reload')}
      >
        {t('leaving.return')}
      </button>
    </div>
  )
}
