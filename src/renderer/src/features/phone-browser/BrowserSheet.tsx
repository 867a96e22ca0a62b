/**
 * The sheet behind ··· (WeChat's action sheet, drawn inside the phone). On a page: who provides it
 * and its real address — WeChat shows the address on demand, never in a bar —, copy, reload, and
 * "open another address". From the chat: the address field, and the sample bot's OAuth guide as a
 * one-tap start.
 */
import { useId, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { CopyButton } from '../../components/CopyButton'
import { useEngineStore } from '../../state/engine-store'
import { usePhoneBrowser } from '../../state/phone-browser'
import type { PhoneBrowserPage } from '../../state/phone-browser'
import { hostOf } from './address'
import { AddressForm } from './AddressForm'
import { useSheetFocus } from './use-sheet-focus'

export function BrowserSheet(props: { page: PhoneBrowserPage | undefined; onClose: () => void }) {
  const { t } = useTranslation('phoneBrowser')
  const browser = usePhoneBrowser()
  const panel = useRef<HTMLDivElement>(null)
  const onKeyDown = useSheetFocus(panel, props.onClose)
  const titleId = useId()
  const [typing, setTyping] = useState(props.page === undefined)
  const { page } = props
  return (
    <div className="pb-sheet" data-testid="phone-browser-sheet">
      <div className="pb-sheet__mask" aria-hidden="true" onClick={props.onClose} />
      <div
        className="pb-sheet__panel"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        ref={panel}
        onKeyDown={onKeyDown}
      >
        {page ? (
          <>
            <h3 className="pb-sheet__title" id={titleId}>
              {t('sheet.providedBy', { host: hostOf(page.url) })}
            </h3>
            <div className="pb-sheet__address">
              <span className="pb-sheet__url mono" data-testid="phone-browser-address">
                {page.url}
              </span>
              <CopyButton value={page.url} label={t('sheet.copy')} testId="phone-browser-copy" />
            </div>
            <button
              type="button"
              className="pb-sheet__item"
              data-testid="phone-browser-reload"
              onClick={() => {
                props.onClose()
                browser.command('reload')
              }}
            >
              {t('sheet.reload')}
            </button>
          </>
        ) : (
          <>
            <h3 className="pb-sheet__title" id={titleId}>
              {t('sheet.chatTitle')}
            </h3>
            <p className="pb-sheet__intro">{t('sheet.chatIntro')}</p>
            <SampleGuide onOpened={props.onClose} />
          </>
        )}
        {typing ? (
          <div className="pb-sheet__form">
            <AddressForm autoFocus onSubmitted={props.onClose} />
          </div>
        ) : (
          <button
            type="button"
            className="pb-sheet__item"
            data-testid="phone-browser-open-other"
            onClick={() => setTyping(true)}
          >
            {t('sheet.openOther')}
          </button>
        )}
        <button
          type="button"
          className="pb-sheet__item pb-sheet__cancel"
          data-testid="phone-browser-sheet-cancel"
          onClick={props.onClose}
        >
          {t('sheet.cancel')}
        </button>
      </div>
    </div>
  )
}

/** The sample bot's OAuth guide, when the sample bot runs: the page most walks start from. */
function SampleGuide(props: { onOpened: () => void }) {
  const { t } = useTranslation('phoneBrowser')
  const { setup } = useEngineStore()
  const browser = usePhoneBrowser()
  if (!setup?.botUrl || !URL.canParse(setup.botUrl)) return null
  const guide = new URL('/oauth', setup.botUrl).href
  return (
    <button
      type="button"
      className="pb-sheet__item pb-sheet__suggestion"
      data-testid="phone-browser-sample-guide"
      onClick={() => {
        props.onOpened()
        void browser.open(guide)
      }}
    >
      <span>{t('sheet.sampleGuide')}</span>
      <span className="pb-sheet__hint mono">{guide}</span>
    </button>
  )
}
