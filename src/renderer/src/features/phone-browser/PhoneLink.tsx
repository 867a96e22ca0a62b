/**
 * A link in a bot's message (text reply, news card, template card): still a real <a href> — read
 * out as a link, focusable, its address shown on hover — whose plain click (or Enter) opens the
 * page in the phone's WeChat browser, as tapping it in WeChat does. A modified click keeps the
 * system's meaning (see isPlainClick).
 */
import type { MouseEvent, ReactNode } from 'react'
import { usePhoneBrowser } from '../../state/phone-browser'
import { isPlainClick } from './address'

export function PhoneLink(props: { href: string; className?: string; children: ReactNode }) {
  const browser = usePhoneBrowser()
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (!isPlainClick(event)) return
    event.preventDefault()
    void browser.open(props.href)
  }
  return (
    <a
      className={props.className}
      href={props.href}
      target="_blank"
      rel="noreferrer noopener"
      onClick={onClick}
    >
      {props.children}
    </a>
  )
}
