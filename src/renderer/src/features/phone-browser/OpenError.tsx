/**
 * An address the phone browser could not open: the core's refusal in the user's language
 * (RequestError), the one hint that fixes the usual mistake (no http://), and the address again to
 * correct it.
 */
import { useTranslation } from 'react-i18next'
import { ControlClientError } from '../../api/control-client'
import { RequestError } from '../../components/RequestError'
import { usePhoneBrowser, usePhoneBrowserFrame } from '../../state/phone-browser'
import { lacksScheme } from './address'
import { AddressForm } from './AddressForm'

export function OpenError(props: { error: unknown }) {
  const { t } = useTranslation('phoneBrowser')
  const browser = usePhoneBrowser()
  const { lastAsked, dismissError } = usePhoneBrowserFrame()
  const { error } = props
  const asked = lastAsked ?? ''
  return (
    <div className="pb-error" data-testid="phone-browser-error">
      {error instanceof ControlClientError ? (
        <RequestError
          error={error}
          testId="phone-browser-request-error"
          {...(error.code === 'network' && asked
            ? { onRetry: () => void browser.open(asked) }
            : {})}
        />
      ) : (
        <p className="alert alert_warn" role="alert">
          {String(error)}
        </p>
      )}
      {asked && lacksScheme(asked) && (
        <p className="pb-error__hint" data-testid="phone-browser-error-hint">
          {t('error.noScheme', { url: asked })}
        </p>
      )}
      {/* Keyed by the address, so a new failure shows what was typed this time. */}
      <AddressForm key={asked} initial={asked} />
      {browser.page && (
        <button
          type="button"
          className="weui-btn weui-btn_mini weui-btn_default pb-error__back"
          data-testid="phone-browser-error-back"
          onClick={dismissError}
        >
          {t('error.backToPage')}
        </button>
      )}
    </div>
  )
}
