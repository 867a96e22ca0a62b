/**
 * The page itself: an <iframe> on a gateway origin of the core (never the app's), laid out at a
 * phone's width (375 CSS px, so the page's media queries and `width=device-width` see a phone) and
 * scaled to the phone frame's screen.
 *
 * - sandbox: scripts, forms, same-origin (its own gateway origin, for its cookies and storage),
 *   alert/confirm (WeChat shows them), pop-ups (the bridge routes window.open back into the
 *   phone); no top navigation, so a page can never replace the app.
 * - referrerPolicy no-referrer: a page opened from a chat has no referrer in WeChat, and the app's
 *   address is none of the page's business.
 * - Its address is fixed when the element is made; every later move is the page's own. A new
 *   element (a new `frameKey`, or the phone drawn again after another panel) starts from the
 *   page last reported: that page is loaded again, as WeChat reloads a page it restores.
 */
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { usePhoneBrowser, usePhoneBrowserFrame } from '../../state/phone-browser'

export function BrowserFrame(props: { title: string }) {
  const { t } = useTranslation('phoneBrowser')
  const { page } = usePhoneBrowser()
  const { attach, started, loaded } = usePhoneBrowserFrame()
  const [src] = useState(() => page?.frameUrl ?? 'about:blank')
  useEffect(() => started(src), [started, src])
  return (
    <iframe
      ref={attach}
      className="pb-frame"
      data-testid="phone-browser-frame"
      src={src}
      title={t('frameTitle', { title: props.title })}
      sandbox="allow-scripts allow-forms allow-same-origin allow-modals allow-popups"
      referrerPolicy="no-referrer"
      onLoad={loaded}
    />
  )
}
