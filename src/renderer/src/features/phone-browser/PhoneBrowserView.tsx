/**
 * WeChat's in-app browser as it covers the chat on the phone: the title bar (✕ back to the chat,
 * the page's title, ··· for the address on demand and more), the green loading line, the page,
 * and iOS WeChat's bottom bar with ‹ and ›. Around the page: the notice when it left the phone
 * browser, the failure of an address that could not be opened, and the page's wx.* verdict.
 */
import { useEffect, useRef, useState } from 'react'
import type { RefObject } from 'react'
import { useTranslation } from 'react-i18next'
import { Icon } from '../phone/Icon'
import { usePhoneBrowser, usePhoneBrowserFrame } from '../../state/phone-browser'
import { hostOf } from './address'
import { BrowserFrame } from './BrowserFrame'
import { BrowserSheet } from './BrowserSheet'
import { IconButton } from './IconButton'
import { JssdkNote } from './JssdkNote'
import { LeavingNotice } from './LeavingNotice'
import { OpenError } from './OpenError'
import { ProgressLine } from './ProgressLine'
import './phone-browser.css'

/** `fallbackFocus`: where focus goes on close when what opened the browser is gone (a sheet). */
export function PhoneBrowserView(props: { fallbackFocus?: RefObject<HTMLElement | null> }) {
  const { t } = useTranslation('phoneBrowser')
  const browser = usePhoneBrowser()
  const frame = usePhoneBrowserFrame()
  const [sheet, setSheet] = useState(false)
  const closeButton = useRef<HTMLButtonElement>(null)
  const { page, leaving, error } = browser

  // Focus comes into the browser when it opens (the link that opened it is now covered) and goes
  // back to what had it when it closes (the chat is no longer inert by then).
  const { opener } = frame
  const { fallbackFocus } = props
  useEffect(() => {
    const fallback = fallbackFocus?.current
    closeButton.current?.focus()
    return () => {
      const before = opener()
      if (before instanceof HTMLElement && before.isConnected) before.focus()
      else fallback?.focus()
    }
  }, [opener, fallbackFocus])

  const title = page
    ? page.title || hostOf(page.url)
    : frame.opening
      ? t('loading')
      : t('cannotOpen')
  return (
    <section
      className="pb"
      aria-label={t('label')}
      data-testid="phone-browser"
      data-loading={frame.loading ? 'true' : 'false'}
      data-url={page?.url ?? ''}
      data-walk-id={page?.walkId ?? ''}
    >
      <div className="pb-bar">
        <IconButton
          ref={closeButton}
          className="pb-bar__btn"
          label={t('close')}
          testId="phone-browser-close"
          onClick={browser.close}
        >
          <Icon name="close" size={22} />
        </IconButton>
        <h2 className="pb-bar__title" data-testid="phone-browser-title" title={title}>
          {title}
        </h2>
        <IconButton
          className="pb-bar__btn"
          label={t('more')}
          aria-haspopup="dialog"
          aria-expanded={sheet}
          testId="phone-browser-more"
          disabled={!page}
          onClick={() => setSheet(true)}
        >
          <Icon name="more" size={22} weight={3.2} />
        </IconButton>
      </div>
      <ProgressLine loading={frame.loading} />
      <div className="pb-view">
        {page && <BrowserFrame key={frame.frameKey} title={title} />}
        {leaving && !error && <LeavingNotice leaving={leaving} />}
        {error !== undefined && <OpenError error={error} />}
        {frame.jssdk && !error && (
          <JssdkNote message={frame.jssdk} onDismiss={frame.dismissJssdk} />
        )}
      </div>
      {page && (
        <div className="pb-toolbar">
          {(['back', 'forward'] as const).map((direction) => (
            <IconButton
              key={direction}
              className="pb-toolbar__btn"
              label={t(direction)}
              testId={`phone-browser-${direction}`}
              disabled={direction === 'back' ? !frame.canGoBack : !frame.canGoForward}
              onClick={() => browser.command(direction)}
            >
              <Icon name={direction} size={24} />
            </IconButton>
          ))}
        </div>
      )}
      {sheet && page && <BrowserSheet page={page} onClose={() => setSheet(false)} />}
    </section>
  )
}
